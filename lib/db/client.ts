// The Prisma client for the app and scripts, over the `pg` adapter in both
// modes: PostgreSQL directly, or the embedded PGlite through the launcher's socket.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";
import { poolConfigFromUrl } from "./cli-connection";

function createClient(): PrismaClient {
  const e = env();
  const url = e.DATABASE_URL ?? e.COUNTERVOICE_EMBEDDED_URL;
  if (!url) {
    throw new Error("The embedded database is not running: start Countervoice with `npm start`.");
  }
  // PGlite serves one connection at a time; a pool of one keeps every query
  // (and every interactive transaction) on that single backend.
  const pool = e.DATABASE_URL ? poolConfigFromUrl(url, 10) : { ...poolConfigFromUrl(url, 1), idleTimeoutMillis: 0 };
  // Prisma's default 5 s transaction limit fails index rebuilds and guarded publications on a
  // busy two-core machine; a lock held 30 s at worst is the lesser harm than a refused write.
  return new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000, timeout: 30_000 } });
}

const globalForPrisma = globalThis as unknown as { countervoicePrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.countervoicePrisma ??= createClient();
  return globalForPrisma.countervoicePrisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
