// One try at a background job, kept in step with the queue's own retries: each try counts
// an attempt; a failure with tries left is FAILED (the queue tries again after its backoff),
// the last one DEAD (the admins' dead-letter list). Either way the error goes back to the
// queue, so pg-boss's record of the job agrees with ours.
import "server-only";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";
import { BACKGROUND_QUEUE, backgroundKind, type JobContext, type ProgressLabel } from "./background-kinds";
import { errorClassOf } from "./error-class";

class UnknownJobKind extends Error {
  override name = "UnknownJobKind";
}

function progressWriter(jobId: string): JobContext["reportProgress"] {
  return async (percent: number, label: ProgressLabel) => {
    const progress = Math.max(0, Math.min(100, Math.round(Number.isFinite(percent) ? percent : 0)));
    await db().backgroundJob.updateMany({ where: { id: jobId, state: "RUNNING" }, data: { progress, progressLabel: label } });
  };
}

export async function attemptBackgroundJob(jobId: string): Promise<void> {
  // RUNNING too: pg-boss hands a job out again only once the try that held it expired.
  const claimed = await db().backgroundJob.updateMany({
    where: { id: jobId, state: { in: ["QUEUED", "FAILED", "RUNNING"] } },
    data: { state: "RUNNING", attempts: { increment: 1 }, startedAt: new Date(), nextAttemptAt: null },
  });
  if (claimed.count !== 1) return; // finished, dead, or gone: nothing to do
  const job = await db().backgroundJob.findUniqueOrThrow({ where: { id: jobId } });
  const definition = backgroundKind(job.kind);
  try {
    if (!definition) throw new UnknownJobKind();
    const data = typeof job.data === "object" && job.data !== null && !Array.isArray(job.data) ? (job.data as Record<string, unknown>) : {};
    const result = await definition.handler(data, { id: job.id, requestedById: job.requestedById, reportProgress: progressWriter(job.id) });
    await db().backgroundJob.update({
      where: { id: jobId },
      data: { state: "SUCCEEDED", progress: 100, progressLabel: "Done", resultRef: result ?? null, lastError: null, finishedAt: new Date() },
    });
  } catch (error) {
    const lastError = errorClassOf(error);
    const dead = job.attempts >= job.maxAttempts;
    const waitSeconds = (definition?.retryDelaySeconds ?? 5) * 2 ** Math.min(16, job.attempts);
    await db().backgroundJob.update({
      where: { id: jobId },
      data: dead ? { state: "DEAD", lastError, finishedAt: new Date() } : { state: "FAILED", lastError, nextAttemptAt: new Date(Date.now() + waitSeconds * 1000) },
    });
    log("error", dead ? "jobs.dead" : "jobs.attempt-failed", { jobId, kind: job.kind, attempt: job.attempts, error: lastError });
    throw error;
  }
}

// Two at once per instance: a partner's PDF, which its request waits for, should not queue
// behind a long kit or re-check (PDF drawing itself is bounded by PDF_RENDER_CONCURRENCY).
defineJob(BACKGROUND_QUEUE, (data) => attemptBackgroundJob(String(data.jobId)), { workers: 2 });
