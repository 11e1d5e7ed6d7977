import path from "node:path";
import { threadId as mainThreadId } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import type { FixtureJob } from "./pool-test-worker.fixture";
import { workerFromSource } from "./worker-from-source";
import { JobTimedOut, PoolSaturated, WorkerFailed, WorkerPool } from "./worker-pool";

const FIXTURE = path.join(import.meta.dirname, "pool-test-worker.fixture.ts");
const SECRET = "Karim Haddad of Tel Abyad";
const pools: WorkerPool<FixtureJob, string>[] = [];

function pool(options: { size?: number; timeLimitMs?: number; maxQueued?: number; idleTimeoutMs?: number } = {}) {
  const created = new WorkerPool<FixtureJob, string>({ spawn: () => workerFromSource(FIXTURE), size: 1, timeLimitMs: 30_000, maxQueued: 8, idleTimeoutMs: 60_000, ...options });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe("worker pool", () => {
  it("runs jobs on another thread and reuses its worker", async () => {
    const p = pool();
    const first = await p.run({ kind: "echo", value: "one" });
    const second = await p.run({ kind: "echo", value: "two" });
    expect([first.result, second.result]).toEqual(["one", "two"]);
    expect(first.threadId).not.toBe(mainThreadId);
    expect(second.threadId).toBe(first.threadId);
    expect(p.stats.workersStarted).toBe(1);
  });

  it("never starts more workers than its size", async () => {
    const p = pool({ size: 2 });
    const outcomes = await Promise.all(["a", "b", "c", "d", "e"].map((value) => p.run({ kind: "echo", value })));
    expect(outcomes.map((o) => o.result)).toEqual(["a", "b", "c", "d", "e"]);
    expect(p.stats.workersStarted).toBeLessThanOrEqual(2);
  });

  it("stops a job that runs past its time limit, replaces the worker, and the next job succeeds", async () => {
    const p = pool({ timeLimitMs: 300 });
    const stuck = await p.run({ kind: "spin" }).catch((e: unknown) => e);
    expect(stuck).toBeInstanceOf(JobTimedOut);
    const next = await p.run({ kind: "echo", value: "after" });
    expect(next.result).toBe("after");
    expect(p.stats.workersStarted).toBe(2);
    expect(p.stats.workersRetired).toBe(1);
  });

  it("replaces a worker that crashed, names no job data in the error, and the next job succeeds", async () => {
    const p = pool();
    const crashed = await p.run({ kind: "crash", secret: SECRET }).catch((e: unknown) => e);
    expect(crashed).toBeInstanceOf(WorkerFailed);
    expect(String(crashed)).not.toMatch(/Karim|Haddad|Abyad/);
    expect((await p.run({ kind: "echo", value: "after" })).result).toBe("after");
    expect(p.stats.workersStarted).toBe(2);
  });

  it("fails a job whose handler throws with the error class only, and keeps the worker", async () => {
    const p = pool();
    const error = await p.run({ kind: "throw", secret: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerFailed);
    expect(String(error)).not.toMatch(/Karim|Haddad|Abyad/);
    expect((await p.run({ kind: "echo", value: "still here" })).result).toBe("still here");
    expect(p.stats.workersStarted).toBe(1);
  });

  it("refuses jobs beyond its queue bound instead of queueing without limit", async () => {
    const p = pool({ timeLimitMs: 1_000, maxQueued: 1 });
    const running = p.run({ kind: "spin" }).catch((e: unknown) => e);
    const waiting = p.run({ kind: "echo", value: "waits" });
    await expect(p.run({ kind: "echo", value: "refused" })).rejects.toBeInstanceOf(PoolSaturated);
    expect(await running).toBeInstanceOf(JobTimedOut);
    expect((await waiting).result).toBe("waits");
  });

  it("stops a worker left idle, and the next job starts a fresh one", async () => {
    const p = pool({ idleTimeoutMs: 50 });
    const first = await p.run({ kind: "echo", value: "one" });
    await expect.poll(() => p.stats.workersIdledOut).toBe(1);
    const second = await p.run({ kind: "echo", value: "two" });
    expect(second.threadId).not.toBe(first.threadId);
    expect(p.stats.workersStarted).toBe(2);
  });
});
