// The hourly sweep: what is left behind and no longer needed goes — media uploads abandoned
// for a day, and background jobs finished long ago. Each part is safe to run at any time.
import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { deleteAbandonedUploads } from "@/lib/testimony/uploads/delete-abandoned-uploads";
import { pruneBackgroundJobs } from "./background/prune-background-jobs";
import { defineJob } from "./job-queue";

export const SWEEP_JOB = "housekeeping.sweep";

export async function sweep(now = new Date()): Promise<{ uploads: number; jobs: number }> {
  const uploads = await deleteAbandonedUploads(db(), now);
  const jobs = await pruneBackgroundJobs(db(), now);
  if (uploads + jobs > 0) log("info", "jobs.swept", { uploads, jobs });
  return { uploads, jobs };
}

defineJob(SWEEP_JOB, async () => {
  await sweep();
});
