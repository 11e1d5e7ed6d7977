// Integration tests run against real PostgreSQL: a uniquely named database is
// created and migrated for the run and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import { assertLocalDatabase, testServerUrl } from "./test-database";

export default async function setup(project: TestProject) {
  const server = testServerUrl();
  assertLocalDatabase(server);
  const name = `countervoice_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await applyMigrations({ ...process.env, DATABASE_URL: databaseUrl, COUNTERVOICE_EMBEDDED_URL: "" });
  project.provide("databaseUrl", databaseUrl);

  return async () => {
    const dropper = new pg.Client({ connectionString: server });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
