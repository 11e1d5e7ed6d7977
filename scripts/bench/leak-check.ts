// Times one leak-guard check (a title and a 600-word body, as bench:leak's latency part does)
// against the database the pages were measured on, in this process, once its server has
// stopped: the embedded database may be opened by one process at a time.
import { acquireDataDirLock } from "@/lib/db/embedded/data-dir-lock";
import { ensureEmbeddedSecrets } from "@/lib/db/embedded/secrets";
import { startEmbeddedServer } from "@/lib/db/embedded/pglite-server";
import { reloadEnv } from "@/lib/env";
import type { LeakCheckResult } from "./report";
import { percentile } from "./stats";
import { sampleCheckFields } from "./sample-check";

async function timeChecks(runs: number): Promise<LeakCheckResult> {
  const { db } = await import("@/lib/db/client");
  const { findLeaks } = await import("@/lib/content/leak-guard");
  const fields = sampleCheckFields();
  try {
    const sources = await db().source.count();
    await findLeaks(db(), fields); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await findLeaks(db(), fields);
      samples.push(performance.now() - started);
    }
    return { sources, runs, medianMs: +percentile(samples, 50).toFixed(1), p95Ms: +percentile(samples, 95).toFixed(1) };
  } finally {
    await db().$disconnect();
  }
}

/** On PostgreSQL: DATABASE_URL and the app's secrets are already in this process's environment. */
export function leakCheckOnPostgres(runs: number): Promise<LeakCheckResult> {
  reloadEnv();
  return timeChecks(runs);
}

export async function leakCheckOnEmbedded(dataDir: string, keyDir: string | undefined, runs: number): Promise<LeakCheckResult> {
  const release = acquireDataDirLock(dataDir);
  try {
    const secrets = ensureEmbeddedSecrets(dataDir, { keyDir, masterKeyFromEnv: false });
    const embedded = await startEmbeddedServer(dataDir);
    try {
      Object.assign(process.env, {
        DATABASE_URL: "",
        MIGRATION_DATABASE_URL: "",
        COUNTERVOICE_EMBEDDED_URL: embedded.url,
        NEXTAUTH_SECRET: secrets.nextauthSecret,
        COUNTERVOICE_MASTER_KEY: secrets.masterKey ?? "",
        COUNTERVOICE_MASTER_KEY_PREVIOUS: secrets.previousMasterKey ?? "",
        LOG_LEVEL: "error",
      });
      reloadEnv();
      return await timeChecks(runs);
    } finally {
      await embedded.stop();
    }
  } finally {
    release();
  }
}
