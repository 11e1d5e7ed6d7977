// Each integration test starts from empty tables in the run's own database.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.MIGRATION_DATABASE_URL = inject("ownerDatabaseUrl");
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
process.env.COUNTERVOICE_MASTER_KEY ??= randomBytes(32).toString("base64");
process.env.LOG_LEVEL = "error";
// Blobs (media, images) of each test file go to a directory of their own, never ./data.
process.env.STORAGE_DIR ??= path.join(os.tmpdir(), `countervoice-blobs-${randomBytes(6).toString("hex")}`);

beforeEach(async () => {
  // The app's role may not truncate, and the audit trail refuses TRUNCATE for everyone:
  // the owner empties the tables with triggers off (session_replication_role = replica).
  const owner = new pg.Client({ connectionString: inject("ownerDatabaseUrl") });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ tablename: string }>(
      `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length > 0) {
      await owner.query("BEGIN");
      await owner.query("SET LOCAL session_replication_role = replica");
      await owner.query(`TRUNCATE ${rows.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
      await owner.query("COMMIT");
    }
    // pg-boss keeps its queue in a schema of its own: jobs an earlier test file queued (and
    // retries of jobs whose rows were just emptied) would otherwise run first in this one.
    await owner.query(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job; END IF; END $$`);
  } finally {
    await owner.end();
  }
});
