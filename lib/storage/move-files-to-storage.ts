// Rows written before storage existed hold their files in the database (TestimonyMedia.contentEnc,
// ContentAttachment.content). After migrating, each file is written to storage (testimony media
// re-sealed in the streamed format under the same data key) and its column emptied, a row at a
// time in batches, so an interrupted run resumes where it stopped and a second run finds nothing.
import "server-only";
import { Readable } from "node:stream";
import type { Db } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { mediaContentField } from "@/lib/testimony/testimony-fields";
import { storeSealedMedia } from "@/lib/testimony/media-blobs";
import { newBlobKey } from "./blob-storage";
import { blobStorage } from "./storage";
import { deleteBlobsQuietly } from "./delete-blobs";

const BATCH = 20;

export type MovedFiles = { media: number; attachments: number };

export async function moveFilesToStorage(client: Db): Promise<MovedFiles> {
  return { media: await moveTestimonyMedia(client), attachments: await moveAttachments(client) };
}

/**
 * Walks the rows still holding a file, by id, a batch at a time, and moves each; `moveOne` says
 * whether it moved the row (false when it was moved meanwhile or may not be).
 */
async function moveEach(nextIds: (after: string) => Promise<{ id: string }[]>, moveOne: (id: string) => Promise<boolean>): Promise<number> {
  let moved = 0;
  let after = "";
  for (;;) {
    const ids = await nextIds(after);
    if (ids.length === 0) return moved;
    for (const { id } of ids) {
      after = id;
      if (await moveOne(id)) moved++;
    }
  }
}

function moveTestimonyMedia(client: Db): Promise<number> {
  const nextIds = (after: string) =>
    client.testimonyMedia.findMany({ where: { storageKey: null, contentEnc: { not: null }, id: { gt: after } }, orderBy: { id: "asc" }, select: { id: true }, take: BATCH });
  return moveEach(nextIds, async (id) => {
    const row = await client.testimonyMedia.findUnique({
      where: { id },
      select: { contentEnc: true, storageKey: true, testimony: { select: { source: { select: { id: true, wrappedKey: true, masterKeyId: true } } } } },
    });
    if (!row?.contentEnc || row.storageKey) return false;
    const source = row.testimony.source;
    // An erased source's media were deleted with it; one left behind opens no more.
    if (!source.wrappedKey) return false;
    const plaintext = sourceCipher(source).open(mediaContentField(id), row.contentEnc);
    const { storageKey } = await storeSealedMedia(source, id, Readable.from([plaintext]));
    return claim(() => client.testimonyMedia.updateMany({ where: { id, storageKey: null }, data: { storageKey, contentEnc: null } }), storageKey);
  });
}

function moveAttachments(client: Db): Promise<number> {
  const nextIds = (after: string) =>
    client.contentAttachment.findMany({ where: { storageKey: null, content: { not: null }, id: { gt: after } }, orderBy: { id: "asc" }, select: { id: true }, take: BATCH });
  return moveEach(nextIds, async (id) => {
    const row = await client.contentAttachment.findUnique({ where: { id }, select: { content: true, storageKey: true } });
    if (!row?.content || row.storageKey) return false;
    const storageKey = newBlobKey();
    await blobStorage().put(storageKey, Readable.from([Buffer.from(row.content)]));
    return claim(() => client.contentAttachment.updateMany({ where: { id, storageKey: null }, data: { storageKey, content: null } }), storageKey);
  });
}

/** Points the row at its new blob, unless another run got there first (then this blob goes). */
async function claim(update: () => Promise<{ count: number }>, storageKey: string): Promise<boolean> {
  const { count } = await update().catch(async (error: unknown) => {
    await deleteBlobsQuietly([storageKey]);
    throw error;
  });
  if (count === 0) await deleteBlobsQuietly([storageKey]);
  return count === 1;
}
