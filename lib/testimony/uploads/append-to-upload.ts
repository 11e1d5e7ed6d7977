// One PATCH of a resumable upload: its bytes are cut into 64 KiB chunks, each sealed under the
// source's data key (the blob's own key, sealed-blob-format.ts) and appended to the staging
// file. The last partial chunk is kept sealed in the upload's row until the next bytes complete
// it, so the recorded offset always counts every byte received. When the last byte arrives the
// final chunk is sealed and the file moves to storage, in exactly the format of a sealed blob.
import "server-only";
import fs from "node:fs";
import type { Readable } from "node:stream";
import { db } from "@/lib/db/client";
import { sourceCipher, unwrapDataKey, type KeyedSource } from "@/lib/crypto/source-keys";
import { newBlobKey } from "@/lib/storage/blob-storage";
import { blobStorage } from "@/lib/storage/storage";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { blobKeyFor, CHUNK_BYTES, HEADER_BYTES, SEALED_CHUNK_BYTES, sealChunk } from "@/lib/storage/sealed-blob-format";
import { Conflict } from "@/lib/errors";
import { mediaBlobField } from "../media-blobs";
import { removeStagingFile, stagingPath } from "./staging-file";
import { uploadTailField } from "./upload-fields";
import { m } from "@/lib/i18n/translate";

export type UploadInProgress = { id: string; size: number; offset: number; header: Uint8Array; tailEnc: Uint8Array | null; source: KeyedSource };

/** Appends `body` at `upload.offset`; returns the new offset (every byte received, even if the body was cut short). */
export async function appendToUpload(upload: UploadInProgress, body: Readable): Promise<number> {
  const cipher = sourceCipher(upload.source);
  const blob = blobKeyFor(unwrapDataKey(upload.source), mediaBlobField(upload.source.id, upload.id), Buffer.from(upload.header));
  let pending = upload.tailEnc ? cipher.open(uploadTailField(upload.id, upload.offset), upload.tailEnc) : Buffer.alloc(0);
  let chunks = (upload.offset - pending.length) / CHUNK_BYTES;
  const handle = await fs.promises.open(stagingPath(upload.id), "r+");
  let received = 0;
  let cut: unknown = null;
  try {
    // Chunks written after the last recorded offset (a crash between the two) are written again.
    await handle.truncate(HEADER_BYTES + chunks * SEALED_CHUNK_BYTES);
    let position = HEADER_BYTES + chunks * SEALED_CHUNK_BYTES;
    const append = async (sealed: Buffer) => {
      await handle.write(sealed, 0, sealed.length, position);
      position += sealed.length;
    };
    try {
      for await (const piece of body) {
        const bytes = Buffer.from(piece as Uint8Array);
        received += bytes.length;
        if (upload.offset + received > upload.size) throw new Conflict(m("testimony.errors.uploadTooLarge"));
        pending = Buffer.concat([pending, bytes]);
        // A full chunk is written only once a byte follows it: the last chunk must carry the final flag.
        while (pending.length > CHUNK_BYTES) {
          await append(sealChunk(blob, chunks++, false, pending.subarray(0, CHUNK_BYTES)));
          pending = Buffer.from(pending.subarray(CHUNK_BYTES));
        }
      }
    } catch (error) {
      cut = error;
    }
    const offset = upload.offset + received;
    if (offset === upload.size) await append(sealChunk(blob, chunks, true, pending));
    await handle.sync();
    await handle.close();
    if (offset === upload.size) await complete(upload, offset);
    else await recordProgress(upload, offset, pending.length ? cipher.seal(uploadTailField(upload.id, offset), pending) : null);
    if (cut instanceof Conflict) throw cut;
    return offset;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function recordProgress(upload: UploadInProgress, offset: number, tailEnc: Uint8Array<ArrayBuffer> | null): Promise<void> {
  const { count } = await db().mediaUpload.updateMany({ where: { id: upload.id, offset: upload.offset, completedAt: null }, data: { offset, tailEnc } });
  if (count !== 1) throw new Conflict(m("testimony.errors.uploadChanged"));
}

async function complete(upload: UploadInProgress, offset: number): Promise<void> {
  const storageKey = newBlobKey();
  await blobStorage().put(storageKey, fs.createReadStream(stagingPath(upload.id)));
  const { count } = await db()
    .mediaUpload.updateMany({ where: { id: upload.id, offset: upload.offset, completedAt: null }, data: { offset, tailEnc: null, storageKey, completedAt: new Date() } })
    .catch(async (error: unknown) => {
      await deleteBlobsQuietly([storageKey]);
      throw error;
    });
  if (count !== 1) {
    await deleteBlobsQuietly([storageKey]);
    throw new Conflict(m("testimony.errors.uploadChanged"));
  }
  await removeStagingFile(upload.id);
}
