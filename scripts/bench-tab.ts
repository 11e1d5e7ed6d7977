// Runs the detector in-process over a TAB split and scores it with TAB's rules (see
// lib/redaction/detector/evaluation/tab-score.ts); optionally writes the masks in the format
// score-tab.mjs --masks reads ({"doc_id": [[start, end], ...]}, code points).
//   npm run -s bench:tab -- --split dev [--masks-out out.json] [--misses] [--unsupported] [--data tab-144.json]
// --misses and --unsupported list errors for train and dev only: the test split is reported,
// never studied.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadTab, tabDataFile, TAB_SPLITS, utf16ToCodePoint, type TabSplit } from "../lib/redaction/detector/evaluation/tab-data";
import { runTabSplit } from "../lib/redaction/detector/evaluation/tab-run";
import { ratio } from "../lib/redaction/detector/evaluation/tab-score";

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const split = (option("--split") ?? "dev") as TabSplit;
if (!TAB_SPLITS.includes(split)) throw new Error(`--split must be one of ${TAB_SPLITS.join(", ")}`);
const studyErrors = split !== "test";
const showMisses = argv.includes("--misses") && studyErrors;
const showUnsupported = argv.includes("--unsupported") && studyErrors;
const masksOut = option("--masks-out");

const file = tabDataFile(path.resolve(__dirname, ".."), option("--data") ?? process.env.TAB_DATA);
if (!file) throw new Error("TAB data not found: set TAB_DATA to tab-144.json");
const all = loadTab(file);
const { tally, summary: s, documents, spans, seconds } = runTabSplit(all, split);
const masks: Record<string, [number, number][]> = {};
for (const doc of all.filter((d) => d.split === split)) {
  const cp = utf16ToCodePoint(doc.text);
  masks[doc.id] = (spans.get(doc.id) ?? []).map((x) => [cp(x.start), cp(x.end)]);
}
if (masksOut) writeFileSync(masksOut, JSON.stringify(masks));

const f = (x: number): string => x.toFixed(3);
console.log(`TAB ${split}: ${documents} documents, ${seconds.toFixed(1)} s`);
console.log(`ER direct ${f(s.erDirect)} (${tally.entities.direct.join("/")})  ER quasi ${f(s.erQuasi)} (${tally.entities.quasi.join("/")})  precision ${f(s.precision)} (${tally.chars.join("/")})  mention recall direct ${f(s.mentionDirect)} quasi ${f(s.mentionQuasi)}`);
console.log("mention recall by type: " + Object.entries(tally.byType).sort().map(([t, p]) => `${t} ${f(ratio(p))} (${p.join("/")})`).join(", "));
console.log("quasi entity recall by type: " + Object.entries(tally.quasiByType).sort().map(([t, p]) => `${t} ${f(ratio(p))} (${p.join("/")})`).join(", "));
console.log("direct entity recall by type: " + Object.entries(tally.directByType).sort().map(([t, p]) => `${t} ${f(ratio(p))} (${p.join("/")})`).join(", "));
if (showMisses) console.log("\nMISSED\n" + tally.missed.join("\n"));
if (showUnsupported) console.log("\nUNSUPPORTED\n" + tally.unsupported.join("\n"));
