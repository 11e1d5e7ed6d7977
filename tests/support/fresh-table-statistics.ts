// Tables emptied by DELETE (tests/support/integration-setup.ts) keep their pages and their
// statistics, so the planner of the next test still sees the last test's data. A test of
// which index a query plan uses starts from tables the planner knows nothing about: emptied
// by TRUNCATE, as a new database's are.
import pg from "pg";
import { ownerDatabaseUrl } from "./worker-database";

export async function forgetTableStatistics(tables: readonly string[]): Promise<void> {
  const owner = new pg.Client({ connectionString: ownerDatabaseUrl() });
  await owner.connect();
  try {
    await owner.query("BEGIN");
    // the audit trail refuses TRUNCATE to everyone; its trigger is off under replica
    await owner.query("SET LOCAL session_replication_role = replica");
    await owner.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
    await owner.query("COMMIT");
  } finally {
    await owner.end();
  }
}
