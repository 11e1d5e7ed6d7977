// ANALYZE as the tables' owner: the app's role may not, and PostgreSQL then only warns and
// keeps its old statistics, so a test of the planner's estimates would see an empty table.
import pg from "pg";
import { ownerDatabaseUrl } from "./worker-database";

export async function analyzeAsOwner(...tables: string[]): Promise<void> {
  const owner = new pg.Client({ connectionString: ownerDatabaseUrl() });
  await owner.connect();
  try {
    for (const table of tables) await owner.query(`ANALYZE "${table}"`);
  } finally {
    await owner.end();
  }
}
