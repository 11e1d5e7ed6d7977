// Re-check after publication: when something new becomes known about a source (a dictionary
// entry, a changed real name, a reopened redaction), every APPROVED and PUBLISHED item is
// checked again against the whole identifier index, and the ones that now match are
// suspended at once (lib/content/suspension.ts). It runs as a background job; its
// RecheckRun row is the progress the editor sees.
import "server-only";
import { databaseMode } from "@/lib/env";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { findLeaks } from "@/lib/content/leak-guard";
import { suspendItem } from "@/lib/content/suspension";
import { defineJob, enqueue } from "@/lib/jobs/job-queue";
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
  await recordAuditEvent(tx, { actor: request.actor, action: "leak-guard.recheck-requested", target: { type: "source", id: request.sourceId }, requestId: request.requestId, details: { runId: run.id, trigger: request.trigger } });
  return run.id;
}

export async function dispatchRecheck(runId: string | null): Promise<void> {
  if (runId) await enqueue(RECHECK_JOB, { runId });
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

export async function runRecheck(runId: string): Promise<void> {
  const stalled = new Date(Date.now() - STALLED_AFTER_MS);
  const claimed = await db().recheckRun.updateMany({
    where: { id: runId, OR: [{ state: "QUEUED" }, { state: "FAILED" }, { state: "RUNNING", startedAt: { lt: stalled } }] },
    data: { state: "RUNNING", startedAt: new Date(), scanned: 0, suspended: 0 },
  });
  if (claimed.count !== 1) return;
  try {
    const ids = (await db().contentItem.findMany({ where: CANDIDATES, orderBy: { id: "asc" }, select: { id: true } })).map((i) => i.id);
    await db().recheckRun.update({ where: { id: runId }, data: { total: ids.length } });
    let suspended = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      suspended += await checkBatch(runId, batch);
      await db().recheckRun.update({ where: { id: runId }, data: { scanned: i + batch.length, suspended } });
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

/** At start: runs that never finished (the embedded demo runs jobs in its own process) are queued again. */
export async function resumeUnfinishedRechecks(): Promise<number> {
  // The embedded database is served to this one process: a run still RUNNING was cut off by
  // the restart, however recently it started. (On PostgreSQL another instance may be on it.)
  if (databaseMode() === "pglite") await db().recheckRun.updateMany({ where: { state: "RUNNING" }, data: { state: "QUEUED" } });
  const stalled = new Date(Date.now() - STALLED_AFTER_MS);
  const runs = await db().recheckRun.findMany({ where: { OR: [{ state: "QUEUED" }, { state: "FAILED" }, { state: "RUNNING", startedAt: { lt: stalled } }] }, select: { id: true } });
  for (const run of runs) await dispatchRecheck(run.id);
  return runs.length;
}

defineJob(RECHECK_JOB, (data) => runRecheck(String(data.runId)));
