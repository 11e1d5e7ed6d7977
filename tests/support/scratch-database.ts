// A second, empty database on the test server (a restore target), dropped by the test, and
// a fingerprint of every table of a database: row count and a digest of all rows.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { assertLocalDatabase } from "./test-database";
import { ownerDatabaseUrl } from "./worker-database";

async function onServer<T>(fn: (client: pg.Client) => Promise<T>, database = "postgres"): Promise<T> {
  const url = new URL(ownerDatabaseUrl());
  url.pathname = `/${database}`;
  assertLocalDatabase(url.toString());
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `countervoice_scratch_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ownerDatabaseUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined) };
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** table → "count:md5 of every row's text form, in order" */
export async function tableFingerprints(url: string): Promise<Record<string, string>> {
  return onServer(async (client) => {
    const tables = await client.query<{ tablename: string }>(`SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const out: Record<string, string> = {};
    for (const { tablename } of tables.rows) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(`SELECT count(*)::text AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${tablename}" t`);
      out[tablename] = `${rows[0]!.n}:${rows[0]!.digest ?? "-"}`;
    }
    return out;
  }, databaseNameOf(url));
}

/** Rows of a database other than the app's, for reading what a restore put there. */
export async function queryDatabase<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return onServer(async (client) => (await client.query<T>(sql, params)).rows, databaseNameOf(url));
}
