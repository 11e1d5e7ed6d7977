// Identifier detection off the request thread: a transcript of several megabytes can
// keep the detector busy for tens of seconds, and on the request thread that stops the
// whole server, partner API included. One pool per process, at most cores − 1 workers.
import "server-only";
import { availableParallelism } from "node:os";
import { DomainError } from "@/lib/errors";
import { log } from "@/lib/log";
import { m } from "@/lib/i18n/translate";
import type { DictionaryInput, TranscriptAnalysis } from "../analyse-transcript";
import type { DetectJob } from "./detect-worker";
import { spawnDetectWorker } from "./spawn-detect-worker";
import { JobTimedOut, PoolSaturated, WorkerFailed, WorkerPool, type JobOutcome } from "./worker-pool";

/** Longer than any transcript of the size we accept should need; a runaway is stopped. */
export const DETECTION_TIME_LIMIT_MS = 60_000;

/**
 * Detection did not produce findings; the message is fixed text for the editor, never transcript
 * or dictionary. `key` names it in redaction.detection, for a page to say in its reader's language.
 */
export class DetectionError extends DomainError {
  constructor(readonly key: "tooLarge" | "failed" | "busy") {
    super(m(`redaction.detection.${key}`));
  }
}

export class TranscriptTooLargeToAnalyse extends DetectionError {
  constructor() {
    super("tooLarge");
  }
}

export class DetectionFailed extends DetectionError {
  constructor() {
    super("failed");
  }
}

export class DetectionBusy extends DetectionError {
  constructor() {
    super("busy");
  }
}

export type DetectionPool = WorkerPool<DetectJob, TranscriptAnalysis>;

function createDetectionPool(): DetectionPool {
  return new WorkerPool<DetectJob, TranscriptAnalysis>({
    spawn: spawnDetectWorker,
    size: Math.max(1, availableParallelism() - 1),
    timeLimitMs: DETECTION_TIME_LIMIT_MS,
    maxQueued: 16,
    // Warm while editors work; a worker that analysed a 5 MB transcript may hold a large heap.
    idleTimeoutMs: 5 * 60_000,
  });
}

// On globalThis so that every copy of this module the bundler may make shares one pool.
const shared = globalThis as unknown as { countervoiceDetectionPool?: DetectionPool };

export function detectionPool(): DetectionPool {
  shared.countervoiceDetectionPool ??= createDetectionPool();
  return shared.countervoiceDetectionPool;
}

function asDetectionError(error: unknown, chars: number): DetectionError {
  // Sizes and error classes only: the transcript is a secret.
  if (error instanceof JobTimedOut) {
    log("warn", "detection.timed-out", { chars, timeLimitMs: error.timeLimitMs });
    return new TranscriptTooLargeToAnalyse();
  }
  if (error instanceof PoolSaturated) {
    log("warn", "detection.busy", { chars });
    return new DetectionBusy();
  }
  log("error", "detection.failed", { chars, reason: error instanceof WorkerFailed ? error.reason : "unknown" });
  return new DetectionFailed();
}

/** The worker's answer with the thread that computed it; see analyseOffThread. */
export async function analyseOffThreadWithThread(text: string, dictionary: readonly DictionaryInput[], timeLimitMs?: number): Promise<JobOutcome<TranscriptAnalysis>> {
  try {
    return await detectionPool().run({ text, dictionary: [...dictionary] }, timeLimitMs);
  } catch (error) {
    throw asDetectionError(error, text.length);
  }
}

/** analyseTranscript in a worker thread. Throws TranscriptTooLargeToAnalyse, DetectionFailed or DetectionBusy. */
export async function analyseOffThread(text: string, dictionary: readonly DictionaryInput[], timeLimitMs?: number): Promise<TranscriptAnalysis> {
  return (await analyseOffThreadWithThread(text, dictionary, timeLimitMs)).result;
}
