import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { embeddedPoolSettings, postgresPoolSettings } from "./pool-settings";

const defaults = parseEnv({});

describe("postgresPoolSettings", () => {
  it("puts PostgreSQL's idle-in-transaction limit behind Prisma's transaction limit, so Prisma always rolls back first", () => {
    const s = postgresPoolSettings(defaults);
    expect(s.pool.idle_in_transaction_session_timeout).toBeGreaterThan(s.transactions.timeout);
  });

  it("lets pg's pool wait end before Prisma's, so a full pool reports one clear timeout", () => {
    const s = postgresPoolSettings({ ...defaults, DATABASE_POOL_WAIT_MS: 2_000 });
    expect(s.pool.connectionTimeoutMillis).toBe(2_000);
    expect(s.transactions.maxWait).toBeGreaterThan(2_000);
  });

  it("sets statement_timeout from the environment, and not at all for 0", () => {
    expect(postgresPoolSettings({ ...defaults, STATEMENT_TIMEOUT_MS: 1_500 }).pool.statement_timeout).toBe(1_500);
    expect(postgresPoolSettings({ ...defaults, STATEMENT_TIMEOUT_MS: 0 }).pool).not.toHaveProperty("statement_timeout");
  });

  it("turns PostgreSQL's JIT compilation off for the app's connections", () => {
    expect(postgresPoolSettings(defaults).pool.options).toBe("-c jit=off");
  });

  it("sizes the pool from DATABASE_POOL_SIZE (default 10)", () => {
    expect(postgresPoolSettings(defaults).pool.max).toBe(10);
    expect(postgresPoolSettings(parseEnv({ DATABASE_POOL_SIZE: "3" })).pool.max).toBe(3);
  });
});

describe("embeddedPoolSettings", () => {
  it("keeps one connection, waits for it without a limit, and sends no server settings PGlite may not take", () => {
    expect(embeddedPoolSettings(defaults).pool).toEqual({ max: 1, connectionTimeoutMillis: 0 });
  });
});

describe("the environment", () => {
  it("refuses a pool of 0 and a negative statement timeout with the variable's name", () => {
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseEnv({ STATEMENT_TIMEOUT_MS: "-1" })).toThrow(/STATEMENT_TIMEOUT_MS/);
    expect(() => parseEnv({ JOB_WORKERS: "no" })).toThrow(/JOB_WORKERS/);
  });
});
