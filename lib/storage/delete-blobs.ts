// Deleting blobs after (or instead of) the database rows that named them. A blob whose delete
// fails is left behind and logged by count only: a testimony blob stays sealed under its
// source's data key (and unreadable once an erasure destroys it).
import "server-only";
import { log } from "@/lib/log";
import { blobStorage } from "./storage";

export async function deleteBlobsQuietly(keys: readonly (string | null)[]): Promise<number> {
  let failed = 0;
  for (const key of keys) {
    if (!key) continue;
    await blobStorage()
      .delete(key)
      .catch(() => failed++);
  }
  if (failed > 0) log("warn", "storage.delete-failed", { failed });
  return failed;
}
