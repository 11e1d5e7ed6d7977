// How many rows a list holds, without counting a million of them: exact up to a thousand
// (a count over a LIMIT 1001 subquery stops early), beyond that the planner's estimate,
// from the table's statistics when unfiltered or from EXPLAIN's row estimate when filtered.
// Same SQL in PostgreSQL and the embedded PGlite.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";

export const EXACT_UP_TO = 1000;

export type Total = { count: number; exact: boolean };

/** `countUpTo(n)` counts at most n rows (Prisma's `count({ where, take: n })`). */
export async function estimatedTotal(countUpTo: (limit: number) => Promise<number>, estimate: () => Promise<number>): Promise<Total> {
  const bounded = await countUpTo(EXACT_UP_TO + 1);
  if (bounded <= EXACT_UP_TO) return { count: bounded, exact: true };
  // The planner may lag behind a table that just grew; we know there are more than a thousand.
  return { count: Math.max(Math.round(await estimate()), EXACT_UP_TO + 1), exact: false };
}

/** The table's row count from its statistics (pg_class.reltuples; -1 before the first ANALYZE). */
export async function tableRowEstimate(client: Db | Tx, table: string): Promise<number> {
  const rows = await client.$queryRaw<{ estimate: number }[]>`SELECT reltuples::float8 AS estimate FROM pg_class WHERE oid = to_regclass(${`"${table}"`})`;
  return Math.max(rows[0]?.estimate ?? 0, 0);
}

/** The planner's estimate of how many rows `SELECT 1 FROM table WHERE condition` returns. */
export async function filteredRowEstimate(client: Db | Tx, table: string, condition: Prisma.Sql): Promise<number> {
  const query = Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE ${condition}`;
  const rows = await client.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>(query);
  return rows[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0;
}
