// Records the SQL that Prisma actually sends (its query events), so a test can EXPLAIN exactly
// what a list function issued instead of a hand-written copy that could drift from it.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { appDatabaseUrl } from "./worker-database";

export type CapturedQuery = { sql: string; params: unknown[] };
type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

const app = globalThis as unknown as { countervoicePrisma?: PrismaClient };

/** Replaces the app's client with one that reports each query; returns the log and a restore function. */
export function captureQueries() {
  const log: CapturedQuery[] = [];
  const previous = app.countervoicePrisma;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: appDatabaseUrl(), max: 2 }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => log.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  app.countervoicePrisma = client;
  return {
    log,
    async restore() {
      app.countervoicePrisma = previous;
      await client.$disconnect();
    },
  };
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * The plan nodes of a query, planned with sequential scans priced out: on a small test table
 * the planner prefers a Seq Scan even where an index serves, but with enable_seqscan off it
 * still chooses one when no index can answer the query, so a Seq Scan here means a missing index.
 */
export async function planOf(query: CapturedQuery): Promise<PlanNode[]> {
  const client = new pg.Client({ connectionString: appDatabaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL enable_seqscan = off");
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params);
    return nodes(rows[0]!["QUERY PLAN"][0].Plan);
  } finally {
    await client.query("ROLLBACK");
    await client.end();
  }
}
