// Regression tests for the re-check after publication (branch attack,
// scripts/attack/channels.attack.int.test.ts, F3b and F3c): a run whose worker died is taken
// again, unfinished runs are queued again at start, and recording a source with a real name
// re-checks what was published before — so what now names the person is suspended, and the
// organisations holding a copy are told to take it down, while no partner receives it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { startJobWorkers, stopJobWorkers } from "@/lib/jobs/job-queue";
import { deliverItem } from "@/lib/delivery/deliver-item";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { createSource } from "@/lib/sources/create-source";
import { rid } from "@/tests/support/factories";
import { everythingReceived, expectNowhere, publishAndShare, sharedWorld, type SharedWorld } from "@/tests/support/partner-channels";
import { BACKGROUND_QUEUE } from "@/lib/jobs/background/background-kinds";
import { resumeBackgroundJobs } from "@/lib/jobs/background/resume-background-jobs";
import { resumeUnfinishedRechecks, runRecheck } from "./recheck-published";

// Jobs run through pg-boss here; one test runs them in-process, as the embedded demo does.
const jobs = vi.hoisted(() => ({ embedded: false }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, databaseMode: (...args: Parameters<typeof actual.databaseMode>) => (jobs.embedded ? "pglite" : actual.databaseMode(...args)) };
});

afterEach(async () => {
  jobs.embedded = false;
  await stopJobWorkers();
});

// Invented: no such place is known to anyone.
const PLACE = "Kani Masi";
const STALLED = 16 * 60_000; // longer than a run may take before it is taken to have stopped

/** Published with the place in its body and taken by the partner; then the place is learned. */
async function publishedThenLearned() {
  const w = await sharedWorld([]);
  const id = await publishAndShare(w, { title: "What the winter taught him", body: `He grew up in ${PLACE}, near the border. They promised salaries and delivered hunger.` });
  await deliverItem(w.recipient, id, "md", rid());
  await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());
  const run = await db().recheckRun.findFirstOrThrow({ where: { sourceId: w.passage.sourceId }, orderBy: { createdAt: "desc" } });
  return { w, id, runId: run.id };
}

/** The worker took the run (QUEUED → RUNNING) at `startedAt`, and its process died. */
async function diedWhileRunning(runId: string, startedAt: Date) {
  await db().recheckRun.update({ where: { id: runId }, data: { state: "RUNNING", startedAt, scanned: 0 } });
}

/** The queued job is gone with the process (the embedded demo keeps jobs in memory). */
async function jobLost() {
  await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, BACKGROUND_QUEUE);
}

async function untilFinished(runId: string, timeoutMs = 20_000) {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const run = await db().recheckRun.findUniqueOrThrow({ where: { id: runId } });
    if (run.state === "DONE" || run.state === "FAILED") return run;
  }
  return db().recheckRun.findUniqueOrThrow({ where: { id: runId } });
}

/** Suspended, the organisation holding a copy told to take it down, and no partner receiving the place. */
async function expectCaught(w: SharedWorld, id: string) {
  expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).suspendedAt).not.toBeNull();
  expect((await listWithdrawalNotices(w.partner)).find((n) => n.id === id)).toMatchObject({ underReview: true, titleWithheld: true });
  expectNowhere(await everythingReceived(w, id), [PLACE]);
}

describe("a re-check interrupted after it claimed its run", () => {
  it("is taken again by the next attempt once it has stalled, and suspends what now matches", async () => {
    const { w, id, runId } = await publishedThenLearned();
    await diedWhileRunning(runId, new Date(Date.now() - STALLED));
    await runRecheck(runId); // pg-boss's retry once the job has expired
    expect(await db().recheckRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ state: "DONE", scanned: 1, suspended: 1 });
    await expectCaught(w, id);
  });

  it("is taken again after it failed", async () => {
    const { w, id, runId } = await publishedThenLearned();
    await db().recheckRun.update({ where: { id: runId }, data: { state: "FAILED", startedAt: new Date(), finishedAt: new Date() } });
    await runRecheck(runId);
    expect(await db().recheckRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ state: "DONE", suspended: 1 });
    await expectCaught(w, id);
  });

  it("is queued again when the server starts, even though its job was lost, and the worker finishes it", async () => {
    const { w, id, runId } = await publishedThenLearned();
    await diedWhileRunning(runId, new Date(Date.now() - STALLED));
    await jobLost();
    expect(await resumeUnfinishedRechecks()).toBe(1);
    expect(await resumeBackgroundJobs()).toBe(1);
    await startJobWorkers();
    expect(await untilFinished(runId)).toMatchObject({ state: "DONE", suspended: 1 });
    await expectCaught(w, id);
  });

  // Was a leak: a RUNNING run was taken again only 15 minutes after it started, so a demo
  // restarted sooner never resumed it. In one process a RUNNING run at start is the crashed one.
  it("a re-check interrupted by a crash of the embedded demo is resumed when it restarts soon after", async () => {
    const { w, id, runId } = await publishedThenLearned();
    await diedWhileRunning(runId, new Date(Date.now() - 60_000));
    await jobLost();
    jobs.embedded = true; // the restarted demo
    await resumeUnfinishedRechecks();
    await resumeBackgroundJobs();
    expect(await untilFinished(runId, 5_000)).toMatchObject({ state: "DONE", suspended: 1 });
    await expectCaught(w, id);
  });
});

describe("a re-check whose job is gone", () => {
  it("gets a new job at start when its job finished without it, and the worker finishes it", async () => {
    const { w, id, runId } = await publishedThenLearned();
    const run = await db().recheckRun.findUniqueOrThrow({ where: { id: runId } });
    await jobLost();
    await db().backgroundJob.update({ where: { id: run.jobId! }, data: { state: "SUCCEEDED" } });
    expect(await resumeUnfinishedRechecks()).toBe(1);
    const again = await db().recheckRun.findUniqueOrThrow({ where: { id: runId } });
    expect(again.jobId).not.toBe(run.jobId);
    expect(await resumeBackgroundJobs()).toBe(1);
    await startJobWorkers();
    expect(await untilFinished(runId)).toMatchObject({ state: "DONE", suspended: 1 });
    await expectCaught(w, id);
  });
});

describe("recording a source with a real name", () => {
  it("re-checks what was published before, so a title naming the person is suspended and reaches no partner", async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { title: "Karwan Jaff and the olive groves", body: "They promised salaries. Nobody got them." });
    await deliverItem(w.recipient, id, "md", rid());
    const source = await createSource(w.editor, { riskLevel: "HIGH", realName: "Karwan Jaff", pseudonym: null }, rid());

    const [run, ...more] = await db().recheckRun.findMany({ where: { sourceId: source.id } });
    expect({ run, more }).toMatchObject({ run: { trigger: "REAL_NAME_CHANGED", state: "QUEUED" }, more: [] });
    await runRecheck(run!.id);
    expect(await db().recheckRun.findUniqueOrThrow({ where: { id: run!.id } })).toMatchObject({ state: "DONE", suspended: 1 });
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).suspendedAt).not.toBeNull();
    expect((await listWithdrawalNotices(w.partner)).find((n) => n.id === id)).toMatchObject({ underReview: true, titleWithheld: true });
    expectNowhere(await everythingReceived(w, id), ["Karwan Jaff", "Jaff"]);
  });
});
