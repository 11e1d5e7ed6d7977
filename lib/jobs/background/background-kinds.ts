// What each kind of background job runs, and how often it is tried. Every kind's module
// defines itself when imported (lib/jobs/start-server-jobs.ts imports them all).
import "server-only";

/** The one pg-boss queue every background job goes through; the record says which kind it is. */
export const BACKGROUND_QUEUE = "background-job";

/**
 * What the person who asked reads beside the progress bar. A fixed list, so no label can
 * carry a name, a place or a title.
 */
export type ProgressLabel = "Waiting to start" | "Checking published items" | "Looking for identifiers" | "Building the kit" | "Rendering the PDF" | "Encrypting the result" | "Done";

export type JobContext = {
  id: string;
  requestedById: string | null;
  /** Records how far the job got (0–100); the requester's page shows it. */
  reportProgress: (percent: number, label: ProgressLabel) => Promise<void>;
};

/** Runs one attempt; answers a reference to what it made (a result row's id), if anything. */
export type BackgroundHandler = (data: Record<string, unknown>, job: JobContext) => Promise<string | void>;

export type BackgroundKind = {
  handler: BackgroundHandler;
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** Wait before the second try; it doubles after each further failure. */
  retryDelaySeconds: number;
  /** What the requester's page calls it. */
  title: string;
};

const state = globalThis as unknown as { countervoiceBackgroundKinds?: Map<string, BackgroundKind> };
// On globalThis for the same reason as lib/jobs/job-queue.ts's handlers.
const kinds = (state.countervoiceBackgroundKinds ??= new Map<string, BackgroundKind>());

export function defineBackgroundJob(kind: string, definition: Omit<BackgroundKind, "maxAttempts" | "retryDelaySeconds"> & Partial<BackgroundKind>): void {
  kinds.set(kind, { maxAttempts: 3, retryDelaySeconds: 5, ...definition });
}

export function backgroundKind(kind: string): BackgroundKind | undefined {
  return kinds.get(kind);
}
