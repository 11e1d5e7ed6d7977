// One way to take work off the request: record the job (who asked, what kind, record ids
// only), then queue it — pg-boss on PostgreSQL, the in-process runner in the embedded demo.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { enqueue } from "@/lib/jobs/job-queue";
import { BACKGROUND_QUEUE, backgroundKind } from "./background-kinds";
// Defines the queue's handler wherever a job can be queued, so the in-process runner finds it.
import "./attempt-background-job";

/** Records the job in the caller's transaction; start it once that has committed. */
export async function queueBackgroundJob(tx: Tx, kind: string, data: Prisma.InputJsonObject, actor: Pick<Actor, "id"> | null): Promise<string> {
  const definition = backgroundKind(kind);
  if (!definition) throw new Error(`No background job of kind ${kind}`);
  const job = await tx.backgroundJob.create({
    data: { kind, data, requestedById: actor?.id ?? null, maxAttempts: definition.maxAttempts, progressLabel: "Waiting to start" },
    select: { id: true },
  });
  return job.id;
}

/** Hands a recorded job to the queue with the tries it has left. */
export async function startBackgroundJob(jobId: string): Promise<void> {
  const job = await db().backgroundJob.findUniqueOrThrow({ where: { id: jobId }, select: { kind: true, attempts: true, maxAttempts: true } });
  const definition = backgroundKind(job.kind);
  const retryLimit = Math.max(0, job.maxAttempts - job.attempts - 1);
  const queueRef = await enqueue(BACKGROUND_QUEUE, { jobId }, { retryLimit, retryDelaySeconds: definition?.retryDelaySeconds ?? 5 });
  if (queueRef) await db().backgroundJob.update({ where: { id: jobId }, data: { queueRef } });
}

/** Records and queues a job; answers its id, whose page (/jobs/{id}) shows its progress. */
export async function runInBackground(kind: string, data: Prisma.InputJsonObject, actor: Pick<Actor, "id"> | null): Promise<string> {
  const jobId = await db().$transaction((tx) => queueBackgroundJob(tx, kind, data, actor));
  await startBackgroundJob(jobId);
  return jobId;
}
