// Hourly: deletes prepared files nobody fetched before they expired (and any a fetch left
// behind), so a fingerprinted kit or PDF does not wait in storage for whoever finds it.
import "server-only";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/job-queue";
import { forgetFile } from "./fetch-prepared-download";

// a fetch deletes its file when it ends; one cut off without ending is left to the sweep
const FETCH_GRACE_MS = 15 * 60 * 1000;

export const SWEEP_PREPARED_DOWNLOADS_JOB = "sweep-prepared-downloads";

export async function sweepPreparedDownloads(now = new Date()): Promise<number> {
  const stale = await db().preparedDownload.findMany({
    where: { storageKey: { not: null }, OR: [{ expiresAt: { lte: now } }, { fetchedAt: { lte: new Date(now.getTime() - FETCH_GRACE_MS) } }] },
    select: { id: true, storageKey: true },
    take: 1000,
  });
  for (const row of stale) await forgetFile(row.id, row.storageKey!);
  return stale.length;
}

defineJob(SWEEP_PREPARED_DOWNLOADS_JOB, async () => {
  await sweepPreparedDownloads();
});
