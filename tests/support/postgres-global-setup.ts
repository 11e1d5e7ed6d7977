// Integration tests run against real PostgreSQL: a uniquely named database is
// created and migrated for the run and dropped afterwards. As in production, the
// superuser that creates it is the owner that migrates it, and the tests' app runs
// as a role of its own (roles are cluster-wide, so each run names its own and drops it).
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import { assertLocalDatabase, testServerUrl } from "./test-database";

export default async function setup(project: TestProject) {
  const server = testServerUrl();
  assertLocalDatabase(server);
  const suffix = `${Date.now()}_${randomBytes(3).toString("hex")}`;
  const name = `countervoice_test_${suffix}`;
  const appRole = `countervoice_test_app_${suffix}`;
  const appPassword = randomBytes(18).toString("hex");
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.query(`CREATE ROLE "${appRole}" LOGIN PASSWORD '${appPassword}'`);
  await admin.end();

  const teardown = async () => {
    const dropper = new pg.Client({ connectionString: server });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.query(`DROP ROLE IF EXISTS "${appRole}"`);
    await dropper.end();
  };

  const ownerUrl = new URL(server);
  ownerUrl.pathname = `/${name}`;
  const appUrl = new URL(ownerUrl);
  appUrl.username = appRole;
  appUrl.password = appPassword;
  try {
    await applyMigrations({ ...process.env, DATABASE_URL: appUrl.toString(), MIGRATION_DATABASE_URL: ownerUrl.toString(), COUNTERVOICE_EMBEDDED_URL: "" });
  } catch (error) {
    await teardown(); // a failed set-up leaves no database or role behind
    throw error;
  }
  project.provide("databaseUrl", appUrl.toString());
  project.provide("ownerDatabaseUrl", ownerUrl.toString());
  return teardown;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The app's role: no UPDATE, DELETE or TRUNCATE on the audit trail. */
    databaseUrl: string;
    /** The owner (a superuser here), for set-up and for tests that play an attacker with owner rights. */
    ownerDatabaseUrl: string;
  }
}
