// npm run bench:leak-scale [-- --runs N] — on the database in use (seed it first with
// npm run seed:large), times one leak check (a title and a 600-word English body, as
// bench:leak does) and counts the index rows PostgreSQL read for it. Issue #13 asks for a
// check that does not grow with the number of sources: the rows read per check are the
// evidence, since a milliseconds figure depends on the machine's load.
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/with-database";
import { findLeaks } from "@/lib/content/leak-guard";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { sampleCheckFields } from "./bench/sample-check";
import { percentile } from "./bench/stats";

type IndexStats = { name: string; read: number };

async function indexReads(): Promise<Map<string, number>> {
  // an idle connection hands its counts to the shared statistics within ten seconds
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  const rows = await db().$queryRaw<IndexStats[]>`
    SELECT "indexrelname"::text AS "name", "idx_tup_read"::float8 AS "read" FROM "pg_stat_user_indexes"
    WHERE "relname" IN ('IdentifierIndexEntry', 'IdentifierIndexKey', 'Source')`;
  return new Map(rows.map((r) => [r.name, r.read]));
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "30" } } });
  const runs = Math.max(1, Number(values.runs) || 30);
  return withDatabase(async () => {
    await loadGuardWords();
    const fields = sampleCheckFields();
    const sources = await db().source.count();
    await findLeaks(db(), fields); // warm-up
    const before = await indexReads();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await findLeaks(db(), fields);
      samples.push(performance.now() - started);
    }
    const after = await indexReads();
    samples.sort((a, b) => a - b);
    console.log(`${sources} sources, ${runs} checks: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`);
    for (const [name, read] of after) {
      const perCheck = (read - (before.get(name) ?? 0)) / runs;
      if (perCheck > 0) console.log(`  index rows read per check in ${name}: ${perCheck.toFixed(0)}`);
    }
    await db().$disconnect();
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
