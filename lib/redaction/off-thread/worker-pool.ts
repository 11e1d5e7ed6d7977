// A small, bounded pool of worker threads for CPU-heavy jobs, so the request thread
// keeps answering. Workers are started on demand and reused; a job that runs past its
// time limit, or whose worker dies, fails with a typed error and its worker is
// terminated and replaced by the next job. No message here carries job data.
import type { Worker } from "node:worker_threads";
import type { JobReply, JobRequest } from "./job-protocol";

/** The job ran past its time limit; its worker was terminated. */
export class JobTimedOut extends Error {
  constructor(readonly timeLimitMs: number) {
    super(`The job ran longer than ${timeLimitMs} ms and its worker was stopped.`);
    this.name = "JobTimedOut";
  }
}

/** The worker threw, crashed, ran out of memory or exited; `reason` is an error class or exit code. */
export class WorkerFailed extends Error {
  constructor(readonly reason: string) {
    super(`The worker failed (${reason}).`);
    this.name = "WorkerFailed";
  }
}

/** Too many jobs are already waiting: refuse at once rather than queue without bound. */
export class PoolSaturated extends Error {
  constructor() {
    super("Too many jobs are waiting for a worker.");
    this.name = "PoolSaturated";
  }
}

export type PoolOptions = {
  spawn: () => Worker;
  /** Workers at most; each runs one job at a time. */
  size: number;
  timeLimitMs: number;
  /** Jobs that may wait for a free worker; more are refused with PoolSaturated. */
  maxQueued: number;
  /** An idle worker is stopped after this long, giving back the memory a large job left behind. */
  idleTimeoutMs: number;
};

export type JobOutcome<R> = { result: R; threadId: number };

type Waiting<P, R> = { payload: P; timeLimitMs: number; resolve: (outcome: JobOutcome<R>) => void; reject: (error: Error) => void };
type Running<P, R> = Waiting<P, R> & { jobId: number; timer: NodeJS.Timeout };
type Slot<P, R> = { worker: Worker; job?: Running<P, R>; idleTimer?: NodeJS.Timeout };

export class WorkerPool<P, R> {
  private readonly slots: Slot<P, R>[] = [];
  private readonly queue: Waiting<P, R>[] = [];
  private nextJobId = 0;
  private closed = false;
  /** Counters for tests and benchmarks. */
  readonly stats = { jobsStarted: 0, workersStarted: 0, workersRetired: 0, workersIdledOut: 0 };

  constructor(private readonly options: PoolOptions) {}

  run(payload: P, timeLimitMs = this.options.timeLimitMs): Promise<JobOutcome<R>> {
    if (this.closed) return Promise.reject(new WorkerFailed("pool closed"));
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(new PoolSaturated());
    return new Promise((resolve, reject) => {
      this.queue.push({ payload, timeLimitMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; running and waiting jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new WorkerFailed("pool closed"));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new WorkerFailed("pool closed"))));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => !s.job) ?? (this.slots.length < this.options.size ? this.startWorker() : undefined);
      if (!slot) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  private startWorker(): Slot<P, R> {
    const worker = this.options.spawn();
    const slot: Slot<P, R> = { worker };
    // An idle worker must not keep a script's process alive; a busy one does (see assign).
    worker.unref();
    worker.on("message", (reply: JobReply<R>) => this.settle(slot, reply));
    worker.on("error", (error) => void this.retire(slot, new WorkerFailed(error.name)));
    worker.on("exit", (code) => void this.retire(slot, new WorkerFailed(`exit code ${code}`)));
    this.slots.push(slot);
    this.idle(slot);
    this.stats.workersStarted++;
    return slot;
  }

  private assign(slot: Slot<P, R>, job: Waiting<P, R>): void {
    clearTimeout(slot.idleTimer);
    const jobId = ++this.nextJobId;
    const timer = setTimeout(() => void this.retire(slot, new JobTimedOut(job.timeLimitMs)), job.timeLimitMs);
    slot.job = { ...job, jobId, timer };
    slot.worker.ref();
    this.stats.jobsStarted++;
    try {
      slot.worker.postMessage({ jobId, payload: job.payload } satisfies JobRequest<P>);
    } catch (error) {
      // The payload could not be cloned: the job fails, the worker is still good.
      this.settle(slot, { jobId, ok: false, errorName: error instanceof Error ? error.name : "unknown" });
    }
  }

  private settle(slot: Slot<P, R>, reply: JobReply<R>): void {
    const job = slot.job;
    if (!job || reply.jobId !== job.jobId) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    slot.worker.unref();
    if (reply.ok) job.resolve({ result: reply.result, threadId: reply.threadId });
    else job.reject(new WorkerFailed(reply.errorName));
    this.idle(slot);
    this.dispatch();
  }

  private idle(slot: Slot<P, R>): void {
    slot.idleTimer = setTimeout(() => {
      if (slot.job || !this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.stats.workersIdledOut++;
      void slot.worker.terminate();
    }, this.options.idleTimeoutMs);
    // Waiting to stop an idle worker is no reason to keep a script's process alive.
    slot.idleTimer.unref();
  }

  /** Removes a worker that failed or ran too long; the next job starts a fresh one. */
  private async retire(slot: Slot<P, R>, reason: Error): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already retired: "exit" follows "error" and terminate()
    this.slots.splice(index, 1);
    clearTimeout(slot.idleTimer);
    if (!this.closed) this.stats.workersRetired++;
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(reason);
      slot.job = undefined;
    }
    this.dispatch();
    await slot.worker.terminate();
  }
}
