// A job's progress, for the person who asked for it (and admins); anyone else is told it
// does not exist, as for any record they may not see.
import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/policy";
import { NotFound } from "@/lib/errors";
import { backgroundKind } from "./background-kinds";
import { m } from "@/lib/i18n/translate";

export type JobStatus = {
  id: string;
  /** Which kind of work, so a page can offer what it made (a partner's prepared download). */
  kind: string;
  title: string;
  state: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "DEAD";
  progress: number;
  progressLabel: string | null;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string | null;
  finished: boolean;
};

export async function jobStatusFor(actor: Actor, jobId: string): Promise<JobStatus> {
  const job = await db().backgroundJob.findUnique({ where: { id: jobId } });
  if (!job || !can(actor, "jobs:view", { requestedById: job.requestedById })) throw new NotFound(m("jobs.errors.noSuchJob"));
  return {
    id: job.id,
    kind: job.kind,
    title: backgroundKind(job.kind)?.title ?? "Background work",
    state: job.state,
    progress: job.progress,
    progressLabel: job.progressLabel,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    nextAttemptAt: job.nextAttemptAt?.toISOString() ?? null,
    finished: job.state === "SUCCEEDED" || job.state === "DEAD",
  };
}
