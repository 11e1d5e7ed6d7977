// The timing half of bench:leak, on a real PostgreSQL database: 2,000 synthetic sources'
// index rows, then one check per item size, and the export verifier on each file format.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client";
import { findLeaks } from "../../lib/content/leak-guard";
import { ATTRIBUTION } from "../../lib/delivery/attribution";
import { renderItemPdf } from "../../lib/delivery/render-pdf";
import { renderMarkdownFile, renderPlainTextFile } from "../../lib/delivery/render-text";
import { leaksIn, servedForms } from "../../lib/delivery/verify-delivery";
import { cleanParagraphs } from "../../lib/leak-guard/testing/clean-corpus";
import type { SyntheticSource } from "../../lib/leak-guard/testing/synthetic-sources";
import { guardEntries } from "../../lib/leak-guard/identifier-index/guard-entries";
import { indexRecords } from "../../lib/leak-guard/identifier-index/index-keys";
import { appKeyHasher, INDEX_FORMAT } from "../../lib/leak-guard/identifier-index/source-index";
import { loadArabicWords } from "../../lib/leak-guard/arabic-words";
import { databaseIndex } from "../../lib/leak-guard/identifier-index/database-index";
import { isOrdinaryWord } from "../../lib/leak-guard/word-roles";
import { compileSurfaces } from "../../lib/redaction/detector/dictionary-surfaces";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

async function indexSources(sources: SyntheticSource[]): Promise<number> {
  await loadArabicWords();
  const editor = await db().user.create({ data: { email: `bench-${randomUUID()}@example.org`, name: "Bench", role: "EDITOR" } });
  const hash = appKeyHasher();
  let rows = 0;
  for (let i = 0; i < sources.length; i += 100) {
    const batch = sources.slice(i, i + 100).map((s) => ({ ...s, id: randomUUID() }));
    await db().source.createMany({ data: batch.map((s) => ({ id: s.id, code: `B-${s.code}`, riskLevel: "HIGH" as const, handlingEditorId: editor.id, wrappedKey: new Uint8Array(1), indexFormat: INDEX_FORMAT })) });
    const data = batch.flatMap((s) =>
      indexRecords(compileSurfaces(guardEntries(s.entries, s.realName), "guard", isOrdinaryWord), hash).map((r) => ({ sourceId: s.id, hash: hash(r.key), final: r.final, type: r.type, word: r.word })),
    );
    for (let j = 0; j < data.length; j += 5000) await db().identifierIndexEntry.createMany({ data: data.slice(j, j + 5000) });
    rows += data.length;
  }
  return rows;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), p95: p95(samples) };
}

export async function measureLatency(sources: SyntheticSource[], quick: boolean): Promise<Record<string, number>> {
  const started = performance.now();
  const rows = await indexSources(sources);
  console.log(`indexed ${sources.length} sources: ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // as autovacuum would soon after: without statistics the planner scans the whole table
  await db().$executeRawUnsafe(`ANALYZE "IdentifierIndexEntry"`);
  const english = cleanParagraphs("en").map((p) => p.text);
  const words = (n: number) => {
    const out: string[] = [];
    for (let i = 0; out.join(" ").split(/\s+/).length < n; i++) out.push(english[i % english.length]!);
    return out.join("\n\n");
  };
  const results: Record<string, number> = {};
  const runs = quick ? 10 : 30;
  for (const size of [150, 600, 2000]) {
    const body = words(size);
    const fields = [
      { field: "title", label: "Title", text: "What they promised" },
      { field: "body", label: "Body", text: body, markdown: true },
    ];
    const t = await time(runs, () => findLeaks(db(), fields));
    results[`check_ms_${size}_words`] = +t.median.toFixed(1);
    console.log(`one check (title + body of ${size} words, markdown read twice) with 2,000 sources on PostgreSQL: median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
  }

  const lookupKeys = Array.from({ length: 120 }, (_, i) => `K\u001f~probe${i}`);
  const lookup = await time(runs, () => databaseIndex(db())(lookupKeys));
  results.lookup_ms_120_keys = +lookup.median.toFixed(1);
  console.log(`one index query for 120 keys: median ${lookup.median.toFixed(1)} ms, p95 ${lookup.p95.toFixed(1)} ms (a check makes two to four)`);

  const body = words(600);
  const input = { title: "What they promised", bodyMarkdown: body, preparedFor: "Prepared for Partner · ref AAAA-AAAA", reference: "AAAA-AAAA" };
  const files: [string, () => Promise<Uint8Array | string>][] = [
    ["md", async () => renderMarkdownFile(input)],
    ["txt", async () => renderPlainTextFile(input)],
    ["pdf", async () => renderItemPdf({ ...input, language: "en", attribution: ATTRIBUTION, images: [] })],
  ];
  for (const [format, render] of files) {
    const rendered = await render();
    const renderTime = await time(quick ? 3 : 10, render);
    const verify = await time(quick ? 3 : 10, async () => leaksIn(db(), await servedForms(`item.${format}`, rendered)));
    results[`verify_ms_${format}`] = +verify.median.toFixed(1);
    console.log(`export verifier on a 600-word ${format}: +${verify.median.toFixed(1)} ms (p95 ${verify.p95.toFixed(1)}) on top of ${renderTime.median.toFixed(1)} ms to render it`);
  }
  return results;
}
