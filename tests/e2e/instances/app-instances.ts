// Two (or more) production Next.js servers of this build on one PostgreSQL database, as
// behind a load balancer: same secrets and database, each with its own port and public URL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { assertLocalDatabase, testServerUrl } from "../../support/test-database";

export type SharedDatabase = { url: string; drop: () => Promise<void> };

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database on the local test server, migrated and seeded with the demo data. */
export async function createSharedDatabase(): Promise<SharedDatabase> {
  assertLocalDatabase(testServerUrl());
  const name = `countervoice_e2e_instances_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  const drop = async () => {
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const prepared = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/e2e/instances/prepare-database.ts"], {
    env: { ...instanceBaseEnv(url.toString()), NODE_ENV: "test", JOB_WORKERS: "0" },
    encoding: "utf8",
  });
  if (prepared.status !== 0) {
    await drop();
    throw new Error(`Preparing the shared database failed:\n${prepared.stderr}${prepared.stdout}`);
  }
  return { url: url.toString(), drop };
}

const secrets = { NEXTAUTH_SECRET: randomBytes(32).toString("base64"), COUNTERVOICE_MASTER_KEY: randomBytes(32).toString("base64") };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-e2e-instances-"));

function instanceBaseEnv(databaseUrl: string): Record<string, string | undefined> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|MIGRATION_DATABASE_URL|COUNTERVOICE_|NEXTAUTH_|SMTP_URL|MAIL_|PORT$)/.test(key)));
  return {
    ...inherited,
    ...secrets,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "debug",
    // Email on, so "Forgot your password?" queues its job; nothing listens on port 9 (discard),
    // so the queued emails stay queued.
    SMTP_URL: "smtp://127.0.0.1:9",
    MAIL_FROM: "Countervoice e2e <notices@countervoice.localhost>",
  };
}

export type AppInstance = { url: string; stop: () => Promise<void> };

/** Starts `next start` on `port` and waits until it answers /api/health. */
export async function startInstance(databaseUrl: string, port: number, extraEnv: Record<string, string>): Promise<AppInstance> {
  const url = `http://localhost:${port}`;
  const log = fs.openSync(process.env.E2E_SERVER_LOG!, "a");
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...instanceBaseEnv(databaseUrl), NODE_ENV: "production", PORT: String(port), NEXTAUTH_URL: url, SESSION_IDLE_MINUTES: "240", ...extraEnv },
    stdio: ["ignore", log, log],
  });
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited) child.kill("SIGTERM");
    await gone;
    fs.closeSync(log);
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    if (exited) break;
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`The instance on port ${port} did not start; its output is in the server log.`);
}

/** Rows of the shared database, read as its owner. */
export async function queryShared<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
