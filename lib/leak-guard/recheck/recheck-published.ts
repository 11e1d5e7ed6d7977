// Re-check after publication: when something new becomes known about a source (a dictionary
// entry, a changed real name, a reopened redaction), every APPROVED and PUBLISHED item is
// checked again against the whole identifier index, and the ones that now match are
// suspended at once (lib/content/suspension.ts). It runs as a background job
// (lib/jobs/background): its RecheckRun row is what the source page shows, its job's page
// the progress (items checked of all), and a run that fails every try is a dead letter.
import "server-only";
import { databaseMode } from "@/lib/env";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { findLeaks } from "@/lib/content/leak-guard";
import { suspendItem } from "@/lib/content/suspension";
import { defineBackgroundJob, type JobContext } from "@/lib/jobs/background/background-kinds";
import { queueBackgroundJob, startBackgroundJob } from "@/lib/jobs/background/run-in-background";
import { log } from "@/lib/log";
import { kickNotices } from "@/lib/notices/kick-notices";

export const RECHECK_JOB = "leak-guard-recheck";
export type RecheckTrigger = "DICTIONARY_ENTRY_ADDED" | "REAL_NAME_CHANGED" | "REDACTION_REOPENED";

const BATCH = 25;

const CANDIDATES = { state: { in: ["APPROVED" as const, "PUBLISHED" as const] }, suspendedAt: null };

/**
 * Records the request in the caller's transaction (dispatch it once that has committed);
 * null when nothing has been approved or published yet, so there is nothing to re-check.
 */
export async function requestRecheck(tx: Tx, request: { trigger: RecheckTrigger; sourceId: string; actor: Actor; requestId: string }): Promise<string | null> {
  if ((await tx.contentItem.count({ where: CANDIDATES })) === 0) return null;
  const run = await tx.recheckRun.create({ data: { trigger: request.trigger, sourceId: request.sourceId, requestedById: request.actor.id }, select: { id: true } });
  const jobId = await queueBackgroundJob(tx, RECHECK_JOB, { runId: run.id }, request.actor);
  await tx.recheckRun.update({ where: { id: run.id }, data: { jobId } });
  await recordAuditEvent(tx, { actor: request.actor, action: "leak-guard.recheck-requested", target: { type: "source", id: request.sourceId }, requestId: request.requestId, details: { runId: run.id, trigger: request.trigger } });
  return run.id;
}

export async function dispatchRecheck(runId: string | null): Promise<void> {
  if (!runId) return;
  const run = await db().recheckRun.findUniqueOrThrow({ where: { id: runId }, select: { jobId: true } });
  if (run.jobId) await startBackgroundJob(run.jobId);
}

type ItemTexts = { id: string; title: string; body: string; attachments: { id: string; fileName: string; altText: string | null; caption: string | null }[] };

function fieldsOf(item: ItemTexts) {
  return [
    { field: "title", label: "Title", text: item.title },
    { field: "body", label: "Body", text: item.body, markdown: true },
    ...item.attachments.flatMap((a) => [
      { field: `attachment:${a.id}:fileName`, label: "Attachment file name", text: a.fileName },
      { field: `attachment:${a.id}:altText`, label: "Alt text", text: a.altText ?? "" },
      { field: `attachment:${a.id}:caption`, label: "Caption", text: a.caption ?? "" },
    ]),
  ];
}

async function checkBatch(runId: string, ids: string[]): Promise<number> {
  const items = await db().contentItem.findMany({
    where: { id: { in: ids }, suspendedAt: null },
    select: { id: true, title: true, body: true, attachments: { select: { id: true, fileName: true, altText: true, caption: true } } },
  });
  let suspended = 0;
  for (const item of items) {
    const hits = await findLeaks(db(), fieldsOf(item));
    if (hits.length === 0) continue;
    const done = await db().$transaction((tx) => suspendItem(tx, item.id, { kind: "recheck", runId }, hits.map((h) => h.type), `recheck:${runId}`));
    if (done) suspended++;
  }
  // the suspensions' take-down notices
  if (suspended > 0) kickNotices();
  return suspended;
}

// A run that stopped (a crash, a restart, an error) is taken again from the start by the
// next attempt; one that has been running longer than this is taken to have stopped.
const STALLED_AFTER_MS = 15 * 60_000;

const noProgress: JobContext["reportProgress"] = async () => {};

export async function runRecheck(runId: string, reportProgress = noProgress): Promise<void> {
  const stalled = new Date(Date.now() - STALLED_AFTER_MS);
  const claimed = await db().recheckRun.updateMany({
    where: { id: runId, OR: [{ state: "QUEUED" }, { state: "FAILED" }, { state: "RUNNING", startedAt: { lt: stalled } }] },
    data: { state: "RUNNING", startedAt: new Date(), scanned: 0, suspended: 0 },
  });
  if (claimed.count !== 1) return;
  try {
    const ids = (await db().contentItem.findMany({ where: CANDIDATES, orderBy: { id: "asc" }, select: { id: true } })).map((i) => i.id);
    await db().recheckRun.update({ where: { id: runId }, data: { total: ids.length } });
    await reportProgress(0, "Checking published items");
    let suspended = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      suspended += await checkBatch(runId, batch);
      await db().recheckRun.update({ where: { id: runId }, data: { scanned: i + batch.length, suspended } });
      await reportProgress((100 * (i + batch.length)) / ids.length, "Checking published items");
    }
    await db().$transaction(async (tx) => {
      const run = await tx.recheckRun.update({ where: { id: runId }, data: { state: "DONE", finishedAt: new Date() }, select: { sourceId: true } });
      await recordAuditEvent(tx, { actor: null, action: "leak-guard.recheck-finished", target: { type: "source", id: run.sourceId ?? "" }, requestId: `recheck:${runId}`, details: { runId, scanned: ids.length, suspended } });
    });
  } catch (error) {
    log("error", "leak-guard.recheck-failed", { runId, message: error instanceof Error ? error.name : "unknown" });
    await db().recheckRun.update({ where: { id: runId }, data: { state: "FAILED", finishedAt: new Date() } });
    throw error;
  }
}

/**
 * At start, before the background jobs resume (lib/jobs/background/resume-background-jobs.ts):
 * a run cut off in the embedded demo is taken from the start again, and a run whose job
 * finished without it (or that has none) gets a new job. Answers how many runs are unfinished.
 */
export async function resumeUnfinishedRechecks(): Promise<number> {
  // The embedded database is served to this one process: a run still RUNNING was cut off by
  // the restart, however recently it started. (On PostgreSQL another instance may be on it.)
  if (databaseMode() === "pglite") await db().recheckRun.updateMany({ where: { state: "RUNNING" }, data: { state: "QUEUED" } });
  const stalled = new Date(Date.now() - STALLED_AFTER_MS);
  const runs = await db().recheckRun.findMany({ where: { OR: [{ state: "QUEUED" }, { state: "FAILED" }, { state: "RUNNING", startedAt: { lt: stalled } }] }, select: { id: true, jobId: true, requestedById: true } });
  for (const run of runs) {
    const job = run.jobId ? await db().backgroundJob.findUnique({ where: { id: run.jobId }, select: { state: true } }) : null;
    if (job && job.state !== "SUCCEEDED") continue; // its job resumes it (or an admin retries it)
    await db().$transaction(async (tx) => {
      const jobId = await queueBackgroundJob(tx, RECHECK_JOB, { runId: run.id }, run.requestedById ? { id: run.requestedById } : null);
      await tx.recheckRun.update({ where: { id: run.id }, data: { jobId } });
    });
  }
  return runs.length;
}

defineBackgroundJob(RECHECK_JOB, {
  title: "Re-check of published items",
  handler: (data, job) => runRecheck(String(data.runId), job.reportProgress),
});
