// How many connections one instance opens and how long anything may hold or wait for one.
// The numbers and their reasons are in the README's "Overload" section; the rule that ties
// them together: PostgreSQL's own limits sit behind Prisma's, so Prisma always rolls back
// first and the server's limit only ends what a crashed or stuck process left behind.
import type { Env } from "@/lib/env";

export type PoolSettings = {
  /** pg.Pool options */
  pool: { max: number; connectionTimeoutMillis: number; statement_timeout?: number; idle_in_transaction_session_timeout?: number; options?: string };
  /** Prisma's interactive-transaction options */
  transactions: { maxWait: number; timeout: number };
};

type Limits = Pick<Env, "DATABASE_POOL_SIZE" | "DATABASE_POOL_WAIT_MS" | "TRANSACTION_TIMEOUT_MS" | "STATEMENT_TIMEOUT_MS">;

// The server ends a transaction left idle this long after Prisma's own limit would have.
const SERVER_BACKSTOP_MS = 10_000;
// Prisma waits a little longer than pg, so a full pool reports pg's plain "timeout" once.
const PRISMA_WAIT_MARGIN_MS = 1_000;

export function postgresPoolSettings(e: Limits): PoolSettings {
  return {
    pool: {
      max: e.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: e.DATABASE_POOL_WAIT_MS,
      ...(e.STATEMENT_TIMEOUT_MS > 0 ? { statement_timeout: e.STATEMENT_TIMEOUT_MS } : {}),
      idle_in_transaction_session_timeout: e.TRANSACTION_TIMEOUT_MS + SERVER_BACKSTOP_MS,
      // No JIT compilation: the app's queries are short, and on large tables their estimates
      // pass jit_above_cost, so each paid some 8 ms of compiling (a leak check's index lookup
      // took 10 ms with it, 2.4 ms without; npm run bench:leak).
      options: "-c jit=off",
    },
    transactions: { maxWait: e.DATABASE_POOL_WAIT_MS + PRISMA_WAIT_MARGIN_MS, timeout: e.TRANSACTION_TIMEOUT_MS },
  };
}

/**
 * PGlite serves one connection at a time: a pool of one keeps every query (and every
 * interactive transaction) on that single backend, and a demo on a laptop waits rather than refuses.
 */
export function embeddedPoolSettings(e: Limits): PoolSettings {
  return {
    pool: { max: 1, connectionTimeoutMillis: 0 },
    transactions: { maxWait: Math.max(e.DATABASE_POOL_WAIT_MS, 10_000), timeout: e.TRANSACTION_TIMEOUT_MS },
  };
}
