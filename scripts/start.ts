// `npm start`: migrate, seed the embedded demo when empty, build when needed, serve.
// Without DATABASE_URL this process owns the embedded PGlite database and serves
// it to the Next.js server over a private socket; nothing else may open it.
import { spawn, type ChildProcess } from "node:child_process";
import { ConfigurationError, databaseMode, env, reloadEnv } from "@/lib/env";
import { acquireDataDirLock, DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { ensureEmbeddedSecrets } from "@/lib/db/embedded/secrets";
import { MasterKeyMissing } from "@/lib/db/embedded/master-key-file";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded/pglite-server";
import { applyMigrations } from "@/lib/db/migrate";
import { buildIfNeeded } from "./support/build-if-needed";
import { seedEmbeddedDemoIfEmpty } from "./support/seed-embedded-demo";
import { indexApprovedTestimony } from "./support/index-approved-testimony";

async function main() {
  const e = env();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(e.PORT), NEXT_TELEMETRY_DISABLED: "1" };
  let embedded: EmbeddedServer | undefined;
  let release: (() => void) | undefined;

  const shutdown = async (child?: ChildProcess) => {
    child?.kill("SIGTERM");
    await embedded?.stop().catch(() => undefined);
    release?.();
  };

  if (databaseMode(e) === "pglite") {
    release = acquireDataDirLock(e.DATA_DIR);
    const secrets = ensureEmbeddedSecrets(e.DATA_DIR, { keyDir: e.COUNTERVOICE_KEY_DIR, masterKeyFromEnv: Boolean(e.COUNTERVOICE_MASTER_KEY) });
    if (secrets.masterKeyFile) console.log(`Master key: ${secrets.masterKeyFile} (kept apart from the data directory; keep a copy of it somewhere safe)`);
    console.log(`Starting the embedded database in ${e.DATA_DIR} …`);
    embedded = await startEmbeddedServer(e.DATA_DIR);
    Object.assign(process.env, {
      COUNTERVOICE_EMBEDDED_URL: embedded.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || secrets.nextauthSecret,
      COUNTERVOICE_MASTER_KEY: process.env.COUNTERVOICE_MASTER_KEY || secrets.masterKey,
      COUNTERVOICE_MASTER_KEY_PREVIOUS: process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS || secrets.previousMasterKey || "",
    });
    reloadEnv();
    Object.assign(childEnv, {
      COUNTERVOICE_EMBEDDED_URL: embedded.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      COUNTERVOICE_MASTER_KEY: process.env.COUNTERVOICE_MASTER_KEY,
      COUNTERVOICE_MASTER_KEY_PREVIOUS: process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS,
    });
  }
  childEnv.NEXTAUTH_URL ||= `http://localhost:${e.PORT}`;

  try {
    console.log("Applying database migrations …");
    await applyMigrations(process.env);
    await indexApprovedTestimony();
    if (embedded) await seedEmbeddedDemoIfEmpty();
    await buildIfNeeded(childEnv);
  } catch (error) {
    await shutdown();
    throw error;
  }

  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(e.PORT)], {
    env: childEnv,
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void shutdown(child).then(() => process.exit(0)));
  }
  child.on("exit", (code) => void shutdown().then(() => process.exit(code ?? 0)));
  console.log(`Countervoice is starting on http://localhost:${e.PORT} (${databaseMode(e)} database).`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DataDirInUse || error instanceof MasterKeyMissing) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
