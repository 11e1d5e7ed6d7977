// At start: jobs that never finished are queued again. The embedded demo keeps its queue in
// memory, so there every unfinished job is lost with the process; on PostgreSQL pg-boss
// keeps them, and only one whose pg-boss job is gone (or gave up mid-try) is queued again.
import "server-only";
import { db } from "@/lib/db/client";
import { isStillQueued } from "@/lib/jobs/job-queue";
import { BACKGROUND_QUEUE } from "./background-kinds";
import { startBackgroundJob } from "./run-in-background";

export async function resumeBackgroundJobs(): Promise<number> {
  const unfinished = await db().backgroundJob.findMany({
    where: { state: { in: ["QUEUED", "RUNNING", "FAILED"] } },
    select: { id: true, state: true, attempts: true, maxAttempts: true, queueRef: true },
    orderBy: { createdAt: "asc" },
  });
  let resumed = 0;
  for (const job of unfinished) {
    if (job.queueRef && (await isStillQueued(BACKGROUND_QUEUE, job.queueRef))) continue;
    if (job.state === "RUNNING" && job.attempts >= job.maxAttempts) {
      // its last try was cut off: on the dead-letter list, where an admin may retry it
      await db().backgroundJob.updateMany({ where: { id: job.id, state: "RUNNING" }, data: { state: "DEAD", lastError: "Interrupted", finishedAt: new Date() } });
      continue;
    }
    if (job.state === "RUNNING") await db().backgroundJob.updateMany({ where: { id: job.id, state: "RUNNING" }, data: { state: "QUEUED" } });
    await startBackgroundJob(job.id);
    resumed++;
  }
  return resumed;
}
