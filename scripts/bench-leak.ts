// npm run bench:leak — measures the leak guard:
//  1. false-block rate on the labelled clean corpus (corpus/leak-guard/clean, 260 paragraphs),
//     against the demo dictionaries and against 2,000 synthetic sources (~9,000 entries),
//     each paragraph checked as an item body in every delivered form;
//  2. block rate on obfuscated identifiers (every kind in lib/leak-guard/testing/obfuscations)
//     written into clean paragraphs;
//  3. how long one check takes with 2,000 sources indexed in PostgreSQL, and what the export
//     verifier adds to a delivery.
// Needs PostgreSQL on 127.0.0.1 (as the tests do); creates and drops its own database.
// Flags: --quick (fewer cases, text forms only), --show (list false blocks and misses).
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import pg from "pg";
import { applyMigrations } from "../lib/db/migrate";
import { assertLocalDatabase, testServerUrl } from "../tests/support/test-database";

const quick = process.argv.includes("--quick");
const show = process.argv.includes("--show");

async function withDatabase<T>(run: () => Promise<T>): Promise<T> {
  const server = testServerUrl();
  assertLocalDatabase(server);
  const name = `countervoice_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  Object.assign(process.env, { DATABASE_URL: url.toString(), MIGRATION_DATABASE_URL: "", COUNTERVOICE_EMBEDDED_URL: "", COUNTERVOICE_MASTER_KEY: randomBytes(32).toString("base64"), NEXTAUTH_SECRET: randomBytes(32).toString("base64"), LOG_LEVEL: "error" });
  try {
    await applyMigrations(process.env);
    return await run();
  } finally {
    const { db } = await import("../lib/db/client");
    await db().$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(2)}%`;

async function main() {
  const { cleanParagraphs } = await import("../lib/leak-guard/testing/clean-corpus");
  const { syntheticSources } = await import("../lib/leak-guard/testing/synthetic-sources");
  const { obfuscationCase } = await import("../lib/leak-guard/testing/obfuscations");
  const { memoryIndex } = await import("../lib/leak-guard/identifier-index/memory-index");
  const { keyHasher } = await import("../lib/leak-guard/identifier-index/index-hash");
  const { findLeaksInForms } = await import("../lib/leak-guard/check-forms");
  const { deliveredForms } = await import("../lib/delivery/delivered-forms");
  const { DEMO_SOURCES } = await import("../lib/demo/seed-demo-sources");

  const hash = keyHasher(randomBytes(32));
  const synthetic = syntheticSources(2000, 2026);
  const demo = await memoryIndex(DEMO_SOURCES.map((s, i) => ({ id: `demo-${i}`, realName: s.realName, entries: s.dictionary })), hash);
  const legible = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 3;
  const demoSources = DEMO_SOURCES.map((s, i) => ({ id: `demo-${i}`, realName: s.realName, entries: s.dictionary }));
  const big = await memoryIndex([...synthetic.map((s) => ({ id: s.code, realName: s.realName, entries: s.entries })), ...demoSources], hash);
  const paragraphs = cleanParagraphs();
  const item = (body: string, language: string) => ({ id: "bench", type: "ARTICLE", language, title: "A story", body, attachments: [] });
  const formsOf = async (body: string, language: string, full: boolean) => [{ field: "body", label: "Body", text: body, markdown: true }, ...(full ? await deliveredForms(item(body, language)) : [])];

  console.log(`Clean corpus: ${paragraphs.length} paragraphs (${paragraphs.filter((p) => p.language === "en").length} English, ${paragraphs.filter((p) => p.language === "ar").length} Arabic); synthetic sources: ${synthetic.length}, entries ${synthetic.reduce((n, s) => n + s.entries.length, 0)}`);
  const results: Record<string, number> = {};
  for (const [name, index] of [["demo", demo], ["synthetic-2000", big]] as const) {
    let blocked = 0;
    for (const p of paragraphs) {
      const hits = await findLeaksInForms(await formsOf(p.text, p.language, !quick), index);
      if (hits.length > 0) {
        blocked++;
        if (show) console.log(`  false block ${p.id}: ${hits.map((h) => `${h.field} ${h.type}`).join(", ")}`);
      }
    }
    results[`false_block_${name}`] = blocked / paragraphs.length;
    console.log(`false-block rate, ${name} dictionaries${quick ? " (body only)" : " (every delivered form)"}: ${blocked}/${paragraphs.length} = ${pct(blocked, paragraphs.length)}`);
  }

  const entries = [...synthetic.flatMap((s) => s.entries), ...DEMO_SOURCES.flatMap((s) => s.dictionary)];
  // an obfuscation of a handle or address as if it were a phone leaves nothing to read: not a case
  const cases = fc
    .sample(
      fc.tuple(fc.nat(entries.length - 1), fc.nat(paragraphs.length - 1)).chain(([e, p]) => obfuscationCase(entries[e]!).map((c) => ({ c, entry: entries[e]!, p: paragraphs[p]! }))),
      { numRuns: quick ? 300 : 1500, seed: 7 },
    )
    .filter(({ c }) => legible(c.obfuscated));
  let caught = 0;
  let checkedForms = 0;
  for (const [i, { c, entry, p }] of cases.entries()) {
    const sentences = p.text.split(". ");
    const body = [sentences[0], `${c.obfuscated} was there`, ...sentences.slice(1)].join(". ");
    const full = !quick && i < 150;
    const forms = await formsOf(body, p.language, full);
    const hits = await findLeaksInForms(forms, big);
    // blocked means blocked in every form the partner would receive that carries the body
    // (the API listing and the file names carry only the title)
    const carrying = forms.filter((f) => f.text.includes("was there"));
    const blockedEverywhere = carrying.every((f) => hits.some((h) => h.field === f.field));
    if (full) checkedForms++;
    if (blockedEverywhere) caught++;
    else if (show) console.log(`  missed ${entry.type} ${JSON.stringify(c.obfuscated)} in ${carrying.filter((f) => !hits.some((h) => h.field === f.field)).map((f) => f.field).join(", ")}`);
  }
  results.block_rate = caught / cases.length;
  console.log(`block rate, obfuscated identifiers in clean paragraphs (2,000 synthetic and the demo sources indexed): ${caught}/${cases.length} = ${pct(caught, cases.length)} (${checkedForms} checked in every delivered form, the rest in the body)`);

  await withDatabase(async () => {
    const latency = await import("./support/leak-latency");
    Object.assign(results, await latency.measureLatency(synthetic, quick));
  });
  console.log(JSON.stringify(results));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);


