// Every job the server runs, and starting their workers. Importing a job's module defines it.
import "server-only";
import { resumeUnfinishedRechecks } from "@/lib/leak-guard/recheck/recheck-published";
import { log } from "@/lib/log";
import { startJobWorkers } from "./job-queue";

export async function startServerJobs(): Promise<void> {
  try {
    await startJobWorkers();
    await resumeUnfinishedRechecks();
  } catch (error) {
    // the app still serves; queued jobs wait for the next start (or another instance)
    log("error", "jobs.start-failed", { error: error instanceof Error ? error.name : "unknown", code: (error as { code?: string }).code ?? null });
  }
}
