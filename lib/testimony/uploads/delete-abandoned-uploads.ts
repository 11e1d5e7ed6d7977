// Uploads never finished, or finished but never saved with a testimony, are deleted a day
// after their last write (at `npm run db:migrate`, `npm start` and the hourly sweep): their
// rows, staged chunks and stored blobs. A slow upload still being written is kept.
import "server-only";
import type { Db } from "@/lib/db/client";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { removeStagingFile } from "./staging-file";

export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Every abandoned upload, or only one editor's (`createdById`). */
export async function deleteAbandonedUploads(client: Db, now = new Date(), createdById?: string): Promise<number> {
  const before = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const stale = await client.mediaUpload.findMany({ where: { updatedAt: { lt: before }, createdById }, select: { id: true, storageKey: true } });
  let deleted = 0;
  for (const upload of stale) {
    const { count } = await client.mediaUpload.deleteMany({ where: { id: upload.id, updatedAt: { lt: before } } });
    // claimed by a testimony meanwhile (its blob is the media's now), or written to again
    if (count === 0) continue;
    deleted++;
    await removeStagingFile(upload.id);
    await deleteBlobsQuietly([upload.storageKey]);
  }
  return deleted;
}
