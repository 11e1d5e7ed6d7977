// The planner's estimate of how many rows a query returns, from EXPLAIN: no row is read, so it
// costs a plan (about a millisecond) however many rows match. Estimates come from the
// statistics ANALYZE keeps (for a tsvector, the frequency of its most common lexemes).
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

type PlanRow = { "QUERY PLAN": unknown };

export async function estimatedRows(client: Db | Tx, query: Prisma.Sql): Promise<number> {
  const [row] = await client.$queryRaw<PlanRow[]>`EXPLAIN (FORMAT JSON) ${query}`;
  const raw = row?.["QUERY PLAN"];
  const plans = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan?: { "Plan Rows"?: number } }[] | undefined;
  return Math.round(plans?.[0]?.Plan?.["Plan Rows"] ?? 0);
}
