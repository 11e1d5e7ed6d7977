// Background jobs keep one record whichever queue runs them: progress the requester sees,
// a try counted per attempt, a growing pause between tries, DEAD after the last one, and an
// admin's audited retry. Run through pg-boss on PostgreSQL, and in-process as the embedded demo does.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { startJobWorkers, stopJobWorkers } from "@/lib/jobs/job-queue";
import { NotAllowed, NotFound } from "@/lib/errors";
import { createUser, rid } from "@/tests/support/factories";
import { BACKGROUND_QUEUE, defineBackgroundJob } from "./background-kinds";
import { runInBackground } from "./run-in-background";
import { jobStatusFor } from "./job-status";
import { listJobsForAdmin, retryDeadJob } from "./admin-jobs";
import { resumeBackgroundJobs } from "./resume-background-jobs";
import { pruneBackgroundJobs } from "./prune-background-jobs";

const jobs = vi.hoisted(() => ({ embedded: false }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, databaseMode: (...args: Parameters<typeof actual.databaseMode>) => (jobs.embedded ? "pglite" : actual.databaseMode(...args)) };
});

class KitBroke extends Error {
  override name = "KitBroke";
}

// What the test job does on each try: fail the first `failures` tries (with a message that
// names someone, which must never be recorded), optionally wait at half-way for `gate`.
const behaviour = { failures: 0, tries: 0, gate: null as Promise<void> | null };
const KIND = "test-job";
defineBackgroundJob(KIND, {
  title: "A test job",
  maxAttempts: 3,
  retryDelaySeconds: 0,
  handler: async (data, job) => {
    behaviour.tries++;
    await job.reportProgress(50, "Looking for identifiers");
    if (behaviour.gate) await behaviour.gate;
    if (behaviour.tries <= behaviour.failures) throw new KitBroke(`Karwan Jaff's kit for ${String(data.itemId)}`);
    return `result-${String(data.itemId)}`;
  },
});

beforeEach(() => Object.assign(behaviour, { failures: 0, tries: 0, gate: null }));
afterEach(async () => {
  jobs.embedded = false;
  await stopJobWorkers();
});

async function until(jobId: string, done: (job: Awaited<ReturnType<typeof load>>) => boolean, timeoutMs = 20_000) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const job = await load(jobId);
    if (done(job)) return job;
  }
  return load(jobId);
}
const load = (jobId: string) => db().backgroundJob.findUniqueOrThrow({ where: { id: jobId } });
const finished = (job: { state: string }) => job.state === "SUCCEEDED" || job.state === "DEAD";

describe.each([
  ["in-process (embedded demo)", true],
  ["pg-boss (PostgreSQL)", false],
])("background jobs run %s", (_name, embedded) => {
  beforeEach(async () => {
    jobs.embedded = embedded;
    if (!embedded) await startJobWorkers();
  });

  it("shows the requester its progress while it runs, then its result", async () => {
    const editor = await createUser("EDITOR");
    let release!: () => void;
    behaviour.gate = new Promise((resolve) => (release = resolve));
    const jobId = await runInBackground(KIND, { itemId: "item-1" }, editor);
    await until(jobId, (job) => job.progress === 50);
    expect(await jobStatusFor(editor, jobId)).toMatchObject({ state: "RUNNING", progress: 50, progressLabel: "Looking for identifiers", title: "A test job", finished: false });
    release();
    expect(await until(jobId, finished)).toMatchObject({ state: "SUCCEEDED", progress: 100, attempts: 1, resultRef: "result-item-1", requestedById: editor.id, lastError: null });
  });

  it("tries again after a failure and records only the error's class", async () => {
    const editor = await createUser("EDITOR");
    behaviour.failures = 2;
    const jobId = await runInBackground(KIND, { itemId: "item-2" }, editor);
    expect(await until(jobId, finished)).toMatchObject({ state: "SUCCEEDED", attempts: 3, lastError: null });
    expect(behaviour.tries).toBe(3);
  });

  it("gives up after the last try: DEAD, on the admins' list, its error a class without the message", async () => {
    const [editor, admin] = await Promise.all([createUser("EDITOR"), createUser("ADMIN")]);
    behaviour.failures = 99;
    const jobId = await runInBackground(KIND, { itemId: "item-3" }, editor);
    const dead = await until(jobId, finished);
    expect(dead).toMatchObject({ state: "DEAD", attempts: 3, maxAttempts: 3, lastError: "KitBroke" });
    expect(behaviour.tries).toBe(3);
    expect(JSON.stringify(dead)).not.toContain("Karwan");
    const list = await listJobsForAdmin(admin);
    expect(list.dead).toEqual([expect.objectContaining({ id: jobId, title: "A test job", requester: editor.email, attempts: 3, lastError: "KitBroke" })]);
    expect(await jobStatusFor(editor, jobId)).toMatchObject({ state: "DEAD", finished: true });
  });

  it("runs a dead job again when an admin retries it, and audits the retry", async () => {
    const [editor, admin] = await Promise.all([createUser("EDITOR"), createUser("ADMIN")]);
    behaviour.failures = 3;
    const jobId = await runInBackground(KIND, { itemId: "item-4" }, editor);
    expect(await until(jobId, finished)).toMatchObject({ state: "DEAD" });
    const requestId = rid();
    await retryDeadJob(admin, { jobId }, requestId);
    expect(await until(jobId, finished)).toMatchObject({ state: "SUCCEEDED", attempts: 1, resultRef: "result-item-4" });
    const audit = await db().auditEvent.findMany({ where: { requestId } });
    expect(audit).toEqual([expect.objectContaining({ action: "background-job.retried", actorId: admin.id, targetId: jobId })]);
    expect((await listJobsForAdmin(admin)).dead).toEqual([]);
  });
});

describe("who sees a background job", () => {
  it("shows its progress to the requester and admins only", async () => {
    jobs.embedded = true;
    const [editor, otherEditor, partner, admin] = await Promise.all([createUser("EDITOR"), createUser("EDITOR"), createUser("PARTNER"), createUser("ADMIN")]);
    const jobId = await runInBackground(KIND, { itemId: "item-5" }, editor);
    await until(jobId, finished);
    await expect(jobStatusFor(otherEditor, jobId)).rejects.toThrow(NotFound);
    await expect(jobStatusFor(partner, jobId)).rejects.toThrow(NotFound);
    await expect(jobStatusFor(editor, "no-such-job")).rejects.toThrow(NotFound);
    expect(await jobStatusFor(admin, jobId)).toMatchObject({ state: "SUCCEEDED" });
  });

  it("refuses the dead-letter list and retries to anyone but an admin, changing nothing", async () => {
    jobs.embedded = true;
    const [editor, admin] = await Promise.all([createUser("EDITOR"), createUser("ADMIN")]);
    behaviour.failures = 99;
    const jobId = await runInBackground(KIND, { itemId: "item-6" }, editor);
    await until(jobId, finished);
    await expect(listJobsForAdmin(editor)).rejects.toThrow(NotAllowed);
    await expect(retryDeadJob(editor, { jobId }, rid())).rejects.toThrow(NotAllowed);
    expect(await load(jobId)).toMatchObject({ state: "DEAD", attempts: 3 });
    await expect(retryDeadJob(admin, { jobId: "" }, rid())).rejects.toMatchObject({ fieldErrors: { jobId: ["Choose a job."] } });
    behaviour.failures = 0;
    await retryDeadJob(admin, { jobId }, rid());
    await until(jobId, finished);
    await expect(retryDeadJob(admin, { jobId }, rid())).rejects.toThrow(NotFound); // no longer dead
  });
});

describe("at start", () => {
  async function recorded(state: "QUEUED" | "RUNNING", attempts = 0) {
    const editor = await createUser("EDITOR");
    return (await db().backgroundJob.create({ data: { kind: KIND, data: { itemId: "item-7" }, state, attempts, requestedById: editor.id } })).id;
  }

  it("the embedded demo runs again a job its last process was running", async () => {
    jobs.embedded = true;
    const jobId = await recorded("RUNNING", 1);
    expect(await resumeBackgroundJobs()).toBe(1);
    expect(await until(jobId, finished)).toMatchObject({ state: "SUCCEEDED", attempts: 2 });
  });

  it("a job whose last try was cut off is a dead letter, not a fourth try", async () => {
    jobs.embedded = true;
    const jobId = await recorded("RUNNING", 3);
    expect(await resumeBackgroundJobs()).toBe(0);
    expect(await load(jobId)).toMatchObject({ state: "DEAD", lastError: "Interrupted" });
    expect(behaviour.tries).toBe(0);
  });

  it("on PostgreSQL, queues again a job pg-boss lost, and leaves alone one it still holds", async () => {
    const lost = await recorded("QUEUED");
    const held = await runInBackground(KIND, { itemId: "item-8" }, null); // no worker yet: it waits in pg-boss
    expect((await load(held)).queueRef).not.toBeNull();
    expect(await resumeBackgroundJobs()).toBe(1);
    await startJobWorkers();
    expect(await until(lost, finished)).toMatchObject({ state: "SUCCEEDED", attempts: 1 });
    expect(await until(held, finished)).toMatchObject({ state: "SUCCEEDED", attempts: 1 });
    const pgBoss = await db().$queryRawUnsafe<{ state: string }[]>(`SELECT state::text FROM pgboss.job WHERE name = $1 AND data->>'jobId' IN ($2, $3)`, BACKGROUND_QUEUE, lost, held);
    expect(pgBoss.map((j) => j.state)).toEqual(["completed", "completed"]);
  });
});

describe("the hourly sweep's pruning", () => {
  it("deletes succeeded jobs after a week and dead ones after thirty days, and never one still to run", async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000 - 60_000);
    const job = async (state: "QUEUED" | "RUNNING" | "FAILED" | "SUCCEEDED" | "DEAD", finishedAt: Date | null, createdAt = daysAgo(60)) =>
      (await db().backgroundJob.create({ data: { kind: KIND, state, finishedAt, createdAt } })).id;
    await job("SUCCEEDED", daysAgo(7));
    await job("DEAD", daysAgo(30));
    const kept = [
      await job("SUCCEEDED", daysAgo(6)),
      await job("DEAD", daysAgo(29)),
      await job("DEAD", daysAgo(8)),
      await job("QUEUED", null),
      await job("RUNNING", null),
      await job("FAILED", null),
    ];
    expect(await pruneBackgroundJobs(db())).toBe(2);
    expect((await db().backgroundJob.findMany({ select: { id: true } })).map((j) => j.id).sort()).toEqual(kept.sort());
    expect(await pruneBackgroundJobs(db())).toBe(0);
  });
});
