// Background jobs. On PostgreSQL they go through pg-boss (a queue kept in the database, so
// any instance's worker may take a job, and a job survives a restart). The embedded PGlite
// demo serves one connection to one process, so there a job runs in that process once the
// request that asked for it has answered. Either way the caller never waits for the work.
import "server-only";
import PgBoss from "pg-boss";
import { databaseMode, env } from "@/lib/env";
import { log } from "@/lib/log";
import { poolConfigFromUrl } from "@/lib/db/cli-connection";

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

const state = globalThis as unknown as { countervoiceBoss?: Promise<PgBoss>; countervoiceHourly?: Set<string>; countervoiceJobs?: Map<string, JobHandler>; countervoiceJobWorkers?: Map<string, number> };
// Kept on globalThis: Next.js may load the server's start-up code and a page's code as
// separate module instances, and a job defined by either must be found by both.
const handlers = (state.countervoiceJobs ??= new Map<string, JobHandler>());
const workerCounts = (state.countervoiceJobWorkers ??= new Map<string, number>());

/** Registers what runs for a job; every job module does this when imported. `workers`: how many of its jobs one instance runs at once. */
export function defineJob(name: string, handler: JobHandler, options: { workers?: number } = {}): void {
  handlers.set(name, handler);
  workerCounts.set(name, Math.max(1, options.workers ?? 1));
}

export function hasJob(name: string): boolean {
  return handlers.has(name);
}

function handlerOf(name: string): JobHandler {
  const handler = handlers.get(name);
  if (!handler) throw new Error(`No handler for job ${name}`);
  return handler;
}

async function startBoss(): Promise<PgBoss> {
  const url = env().DATABASE_URL!;
  const { host, port, user, password, database, ssl, libpqFallbackSsl, Client } = poolConfigFromUrl(url, 2);
  // pg-boss hands its options to pg.Pool, so `Client` and the fallback give it libpq's TLS behaviour too.
  // A web-only instance (JOB_WORKERS=0) only queues: no maintenance, no cron, no workers.
  const webOnly = !runsJobWorkers() ? { supervise: false, schedule: false } : {};
  const boss = new PgBoss({ host, port, user, password: password as string | undefined, database, ssl, max: 2, schema: "pgboss", ...webOnly, ...{ Client, libpqFallbackSsl } });
  boss.on("error", (error) => log("error", "jobs.error", { message: error instanceof Error ? error.name : "unknown" }));
  await boss.start();
  for (const name of handlers.keys()) await boss.createQueue(name);
  return boss;
}

function boss(): Promise<PgBoss> {
  state.countervoiceBoss ??= startBoss();
  return state.countervoiceBoss;
}

/** How often a job is tried after its first failure, and the first wait (doubling after each). */
export type RetryPolicy = { retryLimit: number; retryDelaySeconds: number };
const DEFAULT_RETRY: RetryPolicy = { retryLimit: 2, retryDelaySeconds: 5 };

/** pg-boss's backoff: between half and all of delay × 2^attempt, so retries spread out. */
export function backoffSeconds(policy: RetryPolicy, failedAttempts: number): number {
  const ceiling = policy.retryDelaySeconds * 2 ** Math.min(16, failedAttempts);
  return ceiling / 2 + (ceiling / 2) * Math.random();
}

// The embedded demo's in-process runner: the same retries as pg-boss gives, from memory.
function runInProcess(name: string, data: Record<string, unknown>, policy: RetryPolicy, failed = 0): void {
  void handlerOf(name)(data).catch((error: unknown) => {
    log("error", "jobs.failed", { job: name, message: error instanceof Error ? error.name : "unknown" });
    if (failed >= policy.retryLimit) return;
    setTimeout(() => runInProcess(name, data, policy, failed + 1), backoffSeconds(policy, failed + 1) * 1000).unref();
  });
}

/**
 * Queues a job; its handler must have been defined. Never throws for the job's own failure.
 * Answers pg-boss's id for it (null in-process, where a job lives only in memory).
 */
export async function enqueue(name: string, data: Record<string, unknown>, policy: RetryPolicy = DEFAULT_RETRY): Promise<string | null> {
  handlerOf(name);
  if (databaseMode() === "pglite") {
    setImmediate(() => runInProcess(name, data, policy));
    return null;
  }
  return (await boss()).send(name, data, { retryLimit: policy.retryLimit, retryDelay: policy.retryDelaySeconds, retryBackoff: true });
}

/** Whether pg-boss still holds the job to run (waiting, retrying or taken). */
export async function isStillQueued(name: string, queueRef: string): Promise<boolean> {
  if (databaseMode() === "pglite") return false;
  const job = await (await boss()).getJobById(name, queueRef);
  return job !== null && ["created", "retry", "active"].includes(job.state);
}

/**
 * False on a web-only instance (JOB_WORKERS=0): it queues jobs for the other instances and
 * runs none itself. The embedded demo's one process always runs its own.
 */
export function runsJobWorkers(): boolean {
  return databaseMode() === "pglite" || env().JOB_WORKERS === "1";
}

/** Starts taking queued jobs (PostgreSQL only); the server calls this once at start. */
export async function startJobWorkers(): Promise<void> {
  if (databaseMode() === "pglite" || !runsJobWorkers()) return;
  const queue = await boss();
  for (const [name, handler] of handlers) {
    for (let worker = 0; worker < (workerCounts.get(name) ?? 1); worker++) {
      await queue.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
        if (job) await handler(job.data);
      });
    }
  }
}

/**
 * Runs a job every hour: a pg-boss schedule on PostgreSQL (kept in the database, and each
 * run taken by one instance), a timer in the embedded demo's one process.
 */
export async function scheduleHourly(name: string): Promise<void> {
  const handler = handlerOf(name);
  if (databaseMode() === "pglite") {
    state.countervoiceHourly ??= new Set();
    if (state.countervoiceHourly.has(name)) return;
    state.countervoiceHourly.add(name);
    const run = () => void handler({}).catch((error: unknown) => log("error", "jobs.failed", { job: name, message: error instanceof Error ? error.name : "unknown" }));
    setInterval(run, 60 * 60 * 1000).unref();
    return;
  }
  await (await boss()).schedule(name, "0 * * * *", {}, { retryLimit: 2, retryDelay: 60 });
}

/** For tests and shutdown: stops pg-boss if it was started. */
export async function stopJobWorkers(): Promise<void> {
  const started = state.countervoiceBoss;
  state.countervoiceBoss = undefined;
  if (started) await (await started).stop({ graceful: true, wait: true });
}
