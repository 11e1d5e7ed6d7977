// A tiny pool saturated by held transactions, a statement past its limit, and a request whose
// client goes away: each must come out as "busy" (503 + Retry-After), or as a cancelled query.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { env } from "@/lib/env";
import { poolConfigFromUrl } from "@/lib/db/cli-connection";
import { postgresPoolSettings } from "@/lib/db/pool-settings";
import { busyAware } from "@/lib/http/busy-aware-route";
import { BUSY_DIGEST, isOverload, RequestAbandoned } from "./overload-errors";
import { backendCanceller, overloadAwareClient } from "./overload-aware-client";

const url = env().DATABASE_URL!;

function tinyClient(limits: { STATEMENT_TIMEOUT_MS?: number; DATABASE_POOL_SIZE?: number } = {}) {
  const settings = postgresPoolSettings({ DATABASE_POOL_SIZE: 1, DATABASE_POOL_WAIT_MS: 300, TRANSACTION_TIMEOUT_MS: 20_000, STATEMENT_TIMEOUT_MS: 10_000, ...limits });
  const pool = { ...poolConfigFromUrl(url, settings.pool.max), ...settings.pool };
  return overloadAwareClient(pool, settings.transactions, backendCanceller(pool));
}

const clients: { $disconnect(): Promise<void> }[] = [];
afterAll(async () => {
  for (const client of clients) await client.$disconnect();
});

/** Holds the pool's only connection in an open transaction until `release` is called. */
function holdOnlyConnection(client: ReturnType<typeof tinyClient>) {
  let release!: () => void;
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const done = client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1`;
    holding();
    await new Promise<void>((resolve) => (release = resolve));
  });
  return { held, release: async () => (release(), await done) };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

async function sleepingQueries(): Promise<number> {
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  try {
    const { rows } = await probe.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep(%' AND state = 'active' AND pid <> pg_backend_pid()");
    return rows[0]!.n;
  } finally {
    await probe.end();
  }
}

describe("a saturated pool", () => {
  it("answers a transaction and a plain query that cannot get a connection as busy, not as a bug", async () => {
    const client = tinyClient();
    clients.push(client);
    const holder = holdOnlyConnection(client);
    await holder.held;
    const transaction = await rejectionOf(client.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
    const plain = await rejectionOf(client.$queryRaw`SELECT 1`);
    await holder.release();
    for (const error of [transaction, plain]) {
      expect(isOverload(error)).toBe(true);
      expect((error as { digest?: string }).digest).toBe(BUSY_DIGEST);
    }
    // and the pool serves again once the connection is free
    await expect(client.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
  });

  it("makes a route handler answer 503 with Retry-After and no internals", async () => {
    const client = tinyClient();
    clients.push(client);
    const holder = holdOnlyConnection(client);
    await holder.held;
    const GET = busyAware("test.saturated", { format: "json" }, async () => Response.json(await client.$queryRaw`SELECT 1`));
    const response = await GET(new Request("http://localhost/test"));
    await holder.release();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toMatch(/^\d+$/);
    const body = await response.text();
    expect(body).toContain("busy");
    expect(body).not.toMatch(/timeout|pool|connect|prisma|P20/i);
  });

  it("leaves other errors alone: a bug is still a bug", async () => {
    const GET = busyAware("test.bug", { format: "text" }, async () => {
      throw new TypeError("a real bug");
    });
    await expect(GET(new Request("http://localhost/test"))).rejects.toThrow(TypeError);
  });
});

describe("statement_timeout", () => {
  it("ends a statement past the limit, and that is busy (503), not a 500", async () => {
    const client = tinyClient({ STATEMENT_TIMEOUT_MS: 200, DATABASE_POOL_SIZE: 2 });
    clients.push(client);
    const error = await rejectionOf(client.$queryRaw`SELECT pg_sleep(5)`);
    expect(isOverload(error)).toBe(true);
    const GET = busyAware("test.slow", { format: "text" }, async () => new Response(JSON.stringify(await client.$queryRaw`SELECT pg_sleep(5)`)));
    const response = await GET(new Request("http://localhost/test"));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toMatch(/^\d+$/);
  });
});

describe("a request its client abandoned", () => {
  it("cancels the transaction's running query in PostgreSQL", async () => {
    const client = tinyClient({ DATABASE_POOL_SIZE: 2 });
    clients.push(client);
    const controller = new AbortController();
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const GET = busyAware("test.abandoned", { format: "text", heavy: true }, async () => {
      await client.$transaction(async (tx) => {
        started();
        await tx.$queryRaw`SELECT pg_sleep(30)`;
      });
      return new Response("finished");
    });
    const answer = GET(new Request("http://localhost/test", { signal: controller.signal }));
    await running;
    await expect.poll(sleepingQueries, { timeout: 10_000 }).toBe(1);
    controller.abort();
    await expect.poll(sleepingQueries, { timeout: 10_000 }).toBe(0);
    expect((await answer).status).toBe(499);
    // the pool's connections are healthy afterwards
    await expect(client.$queryRaw`SELECT 2 AS two`).resolves.toEqual([{ two: 2 }]);
  });

  it("stops an abandoned request between two statements too", async () => {
    const client = tinyClient({ DATABASE_POOL_SIZE: 2 });
    clients.push(client);
    const controller = new AbortController();
    const { whileClientWaits } = await import("./request-signal");
    const work = whileClientWaits(controller.signal, () =>
      client.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        controller.abort(); // the client leaves while JavaScript runs, not SQL
        await tx.$queryRaw`SELECT pg_sleep(30)`;
      }),
    );
    expect(await rejectionOf(work)).toBeInstanceOf(RequestAbandoned);
    await expect.poll(sleepingQueries, { timeout: 10_000 }).toBe(0);
  });
});
