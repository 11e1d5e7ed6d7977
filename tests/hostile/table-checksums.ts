// A digest of every row of every table, to prove a refused request changed nothing. Tables
// that record the attempt itself (audit events, rate windows, sign-in delays, sessions'
// last-seen times, query handles, the job queue) are left out: writing them is their job.
import { db } from "@/lib/db/client";

const RECORDS_OF_ATTEMPTS = new Set(["AuditEvent", "ApiRateWindow", "SignInThrottle", "SignInDelay", "UserSession", "QueryHandle", "_prisma_migrations"]);

let tables: string[] | null = null;

/** `alsoIgnore`: tables a caller's requests touch by design (e.g. a token's last use). */
export async function tableChecksums(alsoIgnore: readonly string[] = []): Promise<Record<string, string>> {
  tables ??= (
    await db().$queryRaw<{ name: string }[]>`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
  )
    .map((t) => t.name)
    .filter((name) => !RECORDS_OF_ATTEMPTS.has(name));
  const checked = tables.filter((name) => !alsoIgnore.includes(name));
  if (checked.length === 0) return {};
  const sql = checked.map((name) => `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`).join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ name: string; digest: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** The tables whose digest differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
