// Failures that mean "too busy right now", not "broken": waiting too long for a pooled
// connection, a transaction that could not start or outlived its limit, a statement that hit
// statement_timeout, a server out of connections. Each is answered with 503 and Retry-After
// (lib/http/busy-response.ts) or, on a page, "busy, try again" (app/error.tsx), never a 500.

/** The digest Next.js passes to the error page for an overload (it keeps a digest an error already has). */
export const BUSY_DIGEST = "COUNTERVOICE_BUSY";

/** What a person or a partner is told: nothing about the cause. */
export const BUSY_MESSAGE = "The server is busy. Try again in a few seconds.";

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export class ServerBusy extends Error {
  readonly digest = BUSY_DIGEST;
  constructor(readonly reason: string) {
    super(BUSY_MESSAGE);
  }
}

/** The client went away: what it asked for was stopped, and nobody reads the answer. */
export class RequestAbandoned extends Error {
  constructor() {
    super("The request was abandoned by its client.");
  }
}

// P2024: timed out fetching a connection; P2028: transaction could not start or expired;
// P2037: too many database connections.
const PRISMA_CODES = new Set(["P2024", "P2028", "P2037"]);
// 57014 query_canceled (statement_timeout), 53300 too_many_connections,
// 53400 configuration_limit_exceeded, 57P03 cannot_connect_now, 55P03 lock_not_available.
const SQLSTATES = new Set(["57014", "53300", "53400", "57P03", "55P03"]);
// pg.Pool's own words when connectionTimeoutMillis passes with every connection in use.
const POOL_TIMEOUT_MESSAGES = ["timeout exceeded when trying to connect", "Connection terminated due to connection timeout"];

type Inspectable = { code?: unknown; digest?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { code?: unknown } } } };

/** A short, fixed name for the log: which kind of overload, never the error's text. */
export function overloadReason(error: unknown): string | null {
  if (error instanceof ServerBusy) return error.reason;
  if (typeof error !== "object" || error === null) return null;
  const e = error as Inspectable;
  if (e.digest === BUSY_DIGEST) return "busy";
  if (typeof e.code === "string" && PRISMA_CODES.has(e.code)) return e.code;
  if (typeof e.code === "string" && SQLSTATES.has(e.code)) return e.code;
  const sqlstate = e.meta?.driverAdapterError?.cause?.code;
  if (typeof sqlstate === "string" && SQLSTATES.has(sqlstate)) return sqlstate;
  if (typeof e.message === "string" && POOL_TIMEOUT_MESSAGES.some((m) => (e.message as string).includes(m))) return "pool-wait";
  return null;
}

export function isOverload(error: unknown): boolean {
  return overloadReason(error) !== null;
}

/**
 * Stamps an overload with the busy digest, so that the error page can tell it from a bug
 * (Next.js sends pages only the digest). Returns the same error, to be rethrown.
 */
export function markOverload<E>(error: E): E {
  if (typeof error === "object" && error !== null && isOverload(error) && !(error instanceof ServerBusy)) {
    try {
      Object.defineProperty(error, "digest", { value: BUSY_DIGEST, configurable: true, writable: true });
    } catch {
      // a frozen error stays as it is; route handlers still classify it by its code
    }
  }
  return error;
}
