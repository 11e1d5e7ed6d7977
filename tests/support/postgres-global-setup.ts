// Integration tests run against real PostgreSQL: a uniquely named database is
// created and migrated for the run and dropped afterwards. As in production, the
// superuser that creates it is the owner that migrates it, and the tests' app runs
// as a role of its own (roles are cluster-wide, so each run names its own and drops it).
// Test files run in parallel workers, one database each: the migrated database is copied
// (CREATE DATABASE … TEMPLATE, a file copy) instead of migrating it once per worker.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import { assertLocalDatabase, testServerUrl } from "./test-database";
import { INTEGRATION_WORKERS } from "./integration-workers";

async function onServer(server: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const server = testServerUrl();
  assertLocalDatabase(server);
  const suffix = `${Date.now()}_${randomBytes(3).toString("hex")}`;
  const name = `countervoice_test_${suffix}`;
  const workerNames = Array.from({ length: INTEGRATION_WORKERS }, (_, i) => (i === 0 ? name : `${name}_w${i + 1}`));
  const appRole = `countervoice_test_app_${suffix}`;
  const appPassword = randomBytes(18).toString("hex");
  await onServer(server, [`CREATE DATABASE "${name}"`, `CREATE ROLE "${appRole}" LOGIN PASSWORD '${appPassword}'`]);

  const teardown = async () => {
    await onServer(server, [...workerNames.map((db) => `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`), `DROP ROLE IF EXISTS "${appRole}"`]);
  };

  const urlsOf = (db: string) => {
    const owner = new URL(server);
    owner.pathname = `/${db}`;
    const app = new URL(owner);
    app.username = appRole;
    app.password = appPassword;
    return { owner: owner.toString(), app: app.toString() };
  };
  try {
    const first = urlsOf(name);
    await applyMigrations({ ...process.env, DATABASE_URL: first.app, MIGRATION_DATABASE_URL: first.owner, COUNTERVOICE_EMBEDDED_URL: "" });
    // a template may have no other connection while it is copied
    await onServer(server, [
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
      // a copy has the template's tables and their grants, not the database's own (lib/db/grant-app-role.ts)
      ...workerNames.slice(1).flatMap((db) => [`CREATE DATABASE "${db}" TEMPLATE "${name}"`, `GRANT CONNECT, CREATE ON DATABASE "${db}" TO "${appRole}"`]),
    ]);
  } catch (error) {
    await teardown(); // a failed set-up leaves no database or role behind
    throw error;
  }
  project.provide("databaseUrls", workerNames.map((db) => urlsOf(db).app));
  project.provide("ownerDatabaseUrls", workerNames.map((db) => urlsOf(db).owner));
  return teardown;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Per worker, the app's role: no UPDATE, DELETE or TRUNCATE on the audit trail. */
    databaseUrls: string[];
    /** Per worker, the owner (a superuser here), for set-up and for tests that play an attacker with owner rights. */
    ownerDatabaseUrls: string[];
  }
}
