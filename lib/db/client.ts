// The Prisma client for the app and scripts, over the `pg` adapter in both
// modes: PostgreSQL directly, or the embedded PGlite through the launcher's socket.
// Pool size and time limits: lib/db/pool-settings.ts; overload handling: lib/db/overload.
import "server-only";
import type { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";
import { poolConfigFromUrl } from "./cli-connection";
import { embeddedPoolSettings, postgresPoolSettings } from "./pool-settings";
import { backendCanceller, overloadAwareClient } from "./overload/overload-aware-client";

function createClient(): PrismaClient {
  const e = env();
  const url = e.DATABASE_URL ?? e.COUNTERVOICE_EMBEDDED_URL;
  if (!url) {
    throw new Error("The embedded database is not running: start Countervoice with `npm start`.");
  }
  if (e.DATABASE_URL) {
    const settings = postgresPoolSettings(e);
    const pool = { ...poolConfigFromUrl(url, settings.pool.max), ...settings.pool };
    return overloadAwareClient(pool, settings.transactions, backendCanceller(pool));
  }
  const settings = embeddedPoolSettings(e);
  return overloadAwareClient({ ...poolConfigFromUrl(url, 1), ...settings.pool, idleTimeoutMillis: 0 }, settings.transactions, null);
}

const globalForPrisma = globalThis as unknown as { countervoicePrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.countervoicePrisma ??= createClient();
  return globalForPrisma.countervoicePrisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
