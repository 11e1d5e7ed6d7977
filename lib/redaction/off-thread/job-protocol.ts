// The messages between a worker pool and its workers. A worker reports a failure by
// the error's class name only: an exception message could quote the transcript.
import { parentPort, threadId } from "node:worker_threads";

export type JobRequest<P> = { jobId: number; payload: P };

export type JobReply<R> = { jobId: number; ok: true; result: R; threadId: number } | { jobId: number; ok: false; errorName: string };

/** Inside a worker: answers each job with `handle`'s result, one job at a time. */
export function serveJobs<P, R>(handle: (payload: P) => R): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs inside a worker thread.");
  port.on("message", (request: JobRequest<P>) => {
    let reply: JobReply<R>;
    try {
      reply = { jobId: request.jobId, ok: true, result: handle(request.payload), threadId };
    } catch (error) {
      reply = { jobId: request.jobId, ok: false, errorName: error instanceof Error ? error.name : "unknown" };
    }
    port.postMessage(reply);
  });
}
