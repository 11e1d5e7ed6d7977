// Each integration test starts from empty tables in the run's own database.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeEach } from "vitest";
import { ownerDatabaseUrl, appDatabaseUrl } from "./worker-database";

process.env.DATABASE_URL = appDatabaseUrl();
process.env.MIGRATION_DATABASE_URL = ownerDatabaseUrl();
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
process.env.COUNTERVOICE_MASTER_KEY ??= randomBytes(32).toString("base64");
process.env.LOG_LEVEL = "error";
// Blobs (media, images) of each test file go to a directory of their own, never ./data.
process.env.STORAGE_DIR ??= path.join(os.tmpdir(), `countervoice-blobs-${randomBytes(6).toString("hex")}`);

beforeEach(async () => {
  // The app's role may not delete everywhere, and the audit trail refuses it to everyone: the
  // owner empties the tables with triggers (foreign keys included) off, session_replication_role
  // = replica. DELETE, not TRUNCATE: a TRUNCATE makes new files for every table and index and
  // took a second per test; a DELETE of an empty table costs nothing. Nothing here needs to
  // survive a crash, so the commit does not wait for the disk either.
  const owner = new pg.Client({ connectionString: ownerDatabaseUrl() });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ tablename: string }>(
      `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const deletes = rows.map((t) => `DELETE FROM "${t.tablename}";`).join("\n");
    await owner.query(`BEGIN;
      SET LOCAL session_replication_role = replica;
      SET LOCAL synchronous_commit = off;
      ${deletes}
      SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL;
      COMMIT;`);
    // pg-boss keeps its queue in a schema of its own: jobs an earlier test file queued (and
    // retries of jobs whose rows were just emptied) would otherwise run first in this one.
    await owner.query(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job; END IF; END $$`);
  } finally {
    await owner.end();
  }
});
