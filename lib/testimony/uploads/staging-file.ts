// Where a resumable upload's sealed chunks gather until it completes (then they move to
// storage): a file named by the upload's random id in the local storage directory's
// "incoming" folder. It never holds plaintext: chunks are sealed before they are written.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { localStorageDir } from "@/lib/storage/storage";
import { UPLOAD_ID } from "../upload-limits";

export function stagingPath(uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) throw new Error("Not an upload id");
  return path.join(localStorageDir(), "incoming", uploadId);
}

export async function createStagingFile(uploadId: string, header: Buffer): Promise<void> {
  const file = stagingPath(uploadId);
  await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await fs.promises.writeFile(file, header, { mode: 0o600, flag: "wx" });
}

export async function removeStagingFile(uploadId: string): Promise<void> {
  await fs.promises.rm(stagingPath(uploadId), { force: true });
}
