// Benchmarks the identifier detector on the labelled corpus (dev, heldout, overall), with
// and without the source dictionaries. Prints a table and a final JSON line.
// Metric definitions: see lib/redaction/detector/evaluation/score.ts. Throughput is UTF-8
// megabytes per second on one core: the median of three runs that each repeat the split for
// at least one second, after a warm-up run.
// Flags: --misses prints missed gold spans, --fp prints spans that overlap no gold span;
// both only for dev, so that the held-out split is never used for tuning.
// Then the Text Anonymization Benchmark (TAB, ECHR cases, shared/tab/tab-144.json or --tab
// FILE) for train, dev and test, scored in-process with the rules of score-tab.mjs: entity
// recall of direct and quasi identifiers and character precision (see evaluation/tab-score.ts).
import { detectIdentifiers, type DictionaryEntry } from "../lib/redaction/detector";
import { labelErrors, loadSplit, SPLITS } from "../lib/redaction/detector/evaluation/corpus";
import type { LabelledDocument } from "../lib/redaction/detector/evaluation/markup";
import { emptyTally, rates, scoreDocument, type Miss } from "../lib/redaction/detector/evaluation/score";
import type { Span } from "../lib/redaction/detector";
import path from "node:path";
import { loadTab, tabDataFile, TAB_SPLITS } from "../lib/redaction/detector/evaluation/tab-data";
import { runTabSplit, type TabRun } from "../lib/redaction/detector/evaluation/tab-run";

const showMisses = process.argv.includes("--misses");
const showFalsePositives = process.argv.includes("--fp");

function dictionaryOf(doc: LabelledDocument, withDictionary: boolean): DictionaryEntry[] {
  return withDictionary ? doc.known.map((text) => ({ text })) : [];
}

/** Median of three timed runs of at least one second each, after a warm-up run. */
function throughput(docs: readonly LabelledDocument[], withDictionary: boolean): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);
  const run = (minimumMs: number): number => {
    let processed = 0;
    const started = performance.now();
    while (performance.now() - started < minimumMs) {
      for (const doc of docs) detectIdentifiers(doc.text, { dictionary: dictionaryOf(doc, withDictionary) });
      processed += bytes;
    }
    return processed / 1e6 / ((performance.now() - started) / 1000);
  };
  run(300);
  const trials = [run(1000), run(1000), run(1000)].sort((a, b) => a - b);
  return trials[1] ?? 0;
}

type Row = { split: string; dictionary: boolean; directRecall: number; quasiRecall: number; typedRecall: number; precision: number; charPrecision: number; mbPerSecond: number; documents: number };

const corpus = Object.fromEntries(SPLITS.map((split) => [split, loadSplit(split)])) as Record<(typeof SPLITS)[number], LabelledDocument[]>;
const labelProblems = Object.values(corpus).flat().flatMap(labelErrors);
if (labelProblems.length > 0) {
  console.error(labelProblems.join("\n"));
  process.exit(1);
}

const rows: Row[] = [];
const groups: [string, LabelledDocument[]][] = [["dev", corpus.dev], ["heldout", corpus.heldout], ["overall", [...corpus.dev, ...corpus.heldout]]];
for (const [split, docs] of groups) {
  for (const withDictionary of [false, true]) {
    const tally = emptyTally();
    const misses: Miss[] = [];
    const falsePositives: (Span & { doc: string })[] = [];
    for (const doc of docs) {
      const fps: Span[] = [];
      scoreDocument(doc, detectIdentifiers(doc.text, { dictionary: dictionaryOf(doc, withDictionary) }), tally, misses, fps);
      falsePositives.push(...fps.map((fp) => ({ ...fp, doc: doc.name })));
    }
    rows.push({ split, dictionary: withDictionary, ...rates(tally), mbPerSecond: throughput(docs, withDictionary), documents: docs.length });
    if (split === "dev" && showMisses) for (const m of misses) console.log(`MISS ${withDictionary ? "dict" : "----"} ${m.doc} ${m.gold.type} ${JSON.stringify(m.gold.text)}`);
    if (split === "dev" && showFalsePositives && !withDictionary) for (const fp of falsePositives) console.log(`FP ${fp.doc} ${fp.type} ${fp.rule} ${JSON.stringify(fp.text)}`);
  }
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6) + "%";
console.log("split     dictionary  docs  direct-recall  quasi-recall  typed-recall  precision  char-precision    MB/s");
for (const r of rows) {
  console.log(`${r.split.padEnd(9)} ${(r.dictionary ? "with" : "without").padEnd(10)} ${String(r.documents).padStart(5)}  ${pct(r.directRecall)}        ${pct(r.quasiRecall)}       ${pct(r.typedRecall)}      ${pct(r.precision)}   ${pct(r.charPrecision)}        ${r.mbPerSecond.toFixed(2).padStart(6)}`);
}
console.log("targets: direct recall >= 98%, quasi recall >= 90%, precision >= 80%, throughput >= 1 MB/s");

const tabArg = process.argv.indexOf("--tab");
const tabFile = tabDataFile(path.resolve(__dirname, ".."), tabArg >= 0 ? process.argv[tabArg + 1] : undefined);
const tabRuns: TabRun[] = tabFile ? TAB_SPLITS.map((split) => runTabSplit(loadTab(tabFile), split)) : [];
const ratio3 = (x: number): string => x.toFixed(3).padStart(7);
if (tabRuns.length === 0) {
  console.log("\nTAB: data not found (shared/tab/tab-144.json beside the checkout, or --tab FILE); skipped");
} else {
  console.log(`\nText Anonymization Benchmark (${tabFile}), scored as score-tab.mjs does`);
  console.log("split   docs  ER-direct  ER-quasi  mention-direct  mention-quasi  char-precision");
  for (const r of tabRuns) console.log(`${r.split.padEnd(6)} ${String(r.documents).padStart(5)}  ${ratio3(r.summary.erDirect)}   ${ratio3(r.summary.erQuasi)}   ${ratio3(r.summary.mentionDirect)}         ${ratio3(r.summary.mentionQuasi)}        ${ratio3(r.summary.precision)}`);
  console.log("TAB bars (test): ER-direct >= 0.95, ER-quasi >= 0.90, char-precision >= 0.70");
}
const round = (x: number): number => Math.round(x * 10000) / 10000;
console.log(JSON.stringify({
  results: rows.map((r) => ({ ...r, directRecall: round(r.directRecall), quasiRecall: round(r.quasiRecall), typedRecall: round(r.typedRecall), precision: round(r.precision), charPrecision: round(r.charPrecision), mbPerSecond: round(r.mbPerSecond) })),
  tab: tabRuns.map((r) => ({ split: r.split, documents: r.documents, erDirect: round(r.summary.erDirect), erQuasi: round(r.summary.erQuasi), mentionDirect: round(r.summary.mentionDirect), mentionQuasi: round(r.summary.mentionQuasi), charPrecision: round(r.summary.precision) })),
}));
