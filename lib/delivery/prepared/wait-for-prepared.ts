// A request that asked for a PDF waits a while for its job (most take a second or two), so a
// client written for the old synchronous download still gets the file in the same answer.
import "server-only";
import { db } from "@/lib/db/client";

/** How long a download request waits for its job before answering with where to look instead (tests shorten it). */
export const preparedWait = { ms: 20_000 };
const POLL_MS = 200;

/** True once the job has finished (succeeded or dead), false if `waitMs` passed first or the client left. */
export async function waitForJob(jobId: string, options: { waitMs?: number; signal?: AbortSignal } = {}): Promise<boolean> {
  const end = Date.now() + (options.waitMs ?? preparedWait.ms);
  for (;;) {
    const job = await db().backgroundJob.findUnique({ where: { id: jobId }, select: { state: true } });
    if (!job || job.state === "SUCCEEDED" || job.state === "DEAD") return true;
    if (Date.now() >= end || options.signal?.aborted) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
