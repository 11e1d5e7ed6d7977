// The admins' view of background work: what is dead (every try failed), failing (waiting
// for its next try) or running, and putting a dead job back in the queue.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { NotFound } from "@/lib/errors";
import { backgroundKind } from "./background-kinds";
import { startBackgroundJob } from "./run-in-background";
import { m } from "@/lib/i18n/translate";

const SHOWN = 100;

export async function listJobsForAdmin(actor: Actor) {
  assertCan(actor, "jobs:manage");
  const jobs = await db().backgroundJob.findMany({
    where: { state: { in: ["DEAD", "FAILED", "RUNNING", "QUEUED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN * 2,
    select: { id: true, kind: true, state: true, attempts: true, maxAttempts: true, lastError: true, requestedById: true, progress: true, createdAt: true, finishedAt: true, nextAttemptAt: true },
  });
  const requesterIds = [...new Set(jobs.map((j) => j.requestedById).filter((id): id is string => id !== null))];
  const people = new Map((await db().user.findMany({ where: { id: { in: requesterIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]));
  // requester: the asker's email; null for the system's own work (requestedById null) or a removed account.
  const rows = jobs.map((j) => ({ ...j, title: backgroundKind(j.kind)?.title ?? j.kind, requester: j.requestedById ? (people.get(j.requestedById) ?? null) : null }));
  return {
    dead: rows.filter((j) => j.state === "DEAD").slice(0, SHOWN),
    failing: rows.filter((j) => j.state === "FAILED").slice(0, SHOWN),
    running: rows.filter((j) => j.state === "RUNNING" || j.state === "QUEUED").slice(0, SHOWN),
  };
}

export type AdminJobRow = Awaited<ReturnType<typeof listJobsForAdmin>>["dead"][number];

export const RetryJobInput = z.object({ jobId: z.string().min(1, "admin.jobs.errors.chooseJob").max(64) });

/** Gives a dead job its tries again, audited; it is queued once that is recorded. */
export async function retryDeadJob(actor: Actor, raw: unknown, requestId: string): Promise<void> {
  assertCan(actor, "jobs:manage");
  const { jobId } = parseInput(RetryJobInput, raw);
  await db().$transaction(async (tx) => {
    const { count } = await tx.backgroundJob.updateMany({
      where: { id: jobId, state: "DEAD" },
      data: { state: "QUEUED", attempts: 0, progress: 0, progressLabel: "Waiting to start", nextAttemptAt: null, finishedAt: null, queueRef: null },
    });
    if (count === 0) throw new NotFound(m("admin.jobs.errors.notDead"));
    const job = await tx.backgroundJob.findUniqueOrThrow({ where: { id: jobId }, select: { kind: true, lastError: true } });
    await recordAuditEvent(tx, { actor, action: "background-job.retried", target: { type: "background-job", id: jobId }, requestId, details: { kind: job.kind, lastError: job.lastError } });
  });
  await startBackgroundJob(jobId);
}
