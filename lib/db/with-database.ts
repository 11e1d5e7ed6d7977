// For command-line scripts: run a function with a database, in either mode.
// Embedded mode takes the data directory's lock first, so a script never opens
// PGlite while the server owns it.
import type { PGlite } from "@electric-sql/pglite";
import { env, databaseMode, reloadEnv } from "@/lib/env";
import { acquireDataDirLock } from "./embedded/data-dir-lock";
import { ensureEmbeddedSecrets, type EmbeddedSecrets } from "./embedded/secrets";
import { startEmbeddedServer } from "./embedded/pglite-server";
import { applyMigrations } from "./migrate";

type Options = {
  migrate?: boolean;
  /** Embedded mode, under the lock, before the database opens: e.g. keys:rotate adds a new master key. */
  prepareSecrets?: (secrets: EmbeddedSecrets) => EmbeddedSecrets;
  /** Embedded mode: do not open the database (backup and restore work on its files). */
  open?: boolean;
};

/** What a script may need beyond the Prisma client: the embedded database itself (backup). */
export type DatabaseContext = { pglite?: PGlite };

export async function withDatabase<T>(fn: (context: DatabaseContext) => Promise<T>, options: Options = {}): Promise<T> {
  const e = env();
  if (databaseMode(e) === "postgresql") {
    if (options.migrate) await applyMigrations(process.env);
    return fn({});
  }
  const release = acquireDataDirLock(e.DATA_DIR);
  let server: Awaited<ReturnType<typeof startEmbeddedServer>> | undefined;
  try {
    let secrets = ensureEmbeddedSecrets(e.DATA_DIR, { keyDir: e.COUNTERVOICE_KEY_DIR, masterKeyFromEnv: Boolean(e.COUNTERVOICE_MASTER_KEY) });
    if (options.prepareSecrets) secrets = options.prepareSecrets(secrets);
    process.env.NEXTAUTH_SECRET ??= secrets.nextauthSecret;
    process.env.COUNTERVOICE_MASTER_KEY ||= secrets.masterKey;
    process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS ||= secrets.previousMasterKey ?? "";
    if (options.open === false) {
      reloadEnv();
      return await fn({});
    }
    server = await startEmbeddedServer(e.DATA_DIR);
    process.env.COUNTERVOICE_EMBEDDED_URL = server.url;
    reloadEnv();
    await applyMigrations(process.env);
    return await fn({ pglite: server.pglite });
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
