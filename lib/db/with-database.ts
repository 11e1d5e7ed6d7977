// For command-line scripts: run a function with a database, in either mode.
// Embedded mode takes the data directory's lock first, so a script never opens
// PGlite while the server owns it.
import { env, databaseMode, reloadEnv } from "@/lib/env";
import { acquireDataDirLock } from "./embedded/data-dir-lock";
import { ensureEmbeddedSecrets } from "./embedded/secrets";
import { startEmbeddedServer } from "./embedded/pglite-server";
import { applyMigrations } from "./migrate";

export async function withDatabase<T>(fn: () => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const e = env();
  if (databaseMode(e) === "postgresql") {
    if (options.migrate) await applyMigrations(process.env);
    return fn();
  }
  const release = acquireDataDirLock(e.DATA_DIR);
  let server: Awaited<ReturnType<typeof startEmbeddedServer>> | undefined;
  try {
    const secrets = ensureEmbeddedSecrets(e.DATA_DIR);
    server = await startEmbeddedServer(e.DATA_DIR);
    process.env.COUNTERVOICE_EMBEDDED_URL = server.url;
    process.env.NEXTAUTH_SECRET ??= secrets.nextauthSecret;
    process.env.COUNTERVOICE_MASTER_KEY ??= secrets.masterKey;
    reloadEnv();
    await applyMigrations(process.env);
    return await fn();
  } finally {
    await disconnectClient();
    await server?.stop();
    release();
  }
}

async function disconnectClient() {
  const holder = globalThis as unknown as { countervoicePrisma?: { $disconnect(): Promise<void> } };
  await holder.countervoicePrisma?.$disconnect();
  holder.countervoicePrisma = undefined;
}
