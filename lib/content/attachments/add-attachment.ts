// Adds a re-encoded image to a content item. Like any edit it is a new version, and
// an approved item goes back to DRAFT (its approval was for the version without it).
import "server-only";
import { Readable } from "node:stream";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { bumpVersion, loadItemForChange, reopenIfApproved, snapshotVersion } from "../content-records";
import { linkPastedTestimony } from "../pasted-testimony/link-pasted-testimony";
import { reencodeImage, type CleanImage } from "./reencode-image";
import { newBlobKey } from "@/lib/storage/blob-storage";
import { blobStorage } from "@/lib/storage/storage";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { safeFileName } from "./safe-file-name";
import { AddAttachmentInput } from "./schemas";
import { ImageTextUnreadable, readImageText } from "@/lib/media/read-image-text";
import { InvalidInput } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";

export async function addAttachment(actor: Actor, raw: AddAttachmentInput, requestId: string): Promise<{ id: string; version: number }> {
  assertCan(actor, "content:edit");
  const input = parseInput(AddAttachmentInput, raw);
  // Decoding happens before the transaction: it is slow and needs no lock.
  const image = await reencodeImage(Buffer.from(await input.file.arrayBuffer()));
  // the words in the picture are checked like its alt text, from submission to every delivery
  const imageText = await readImageText(image.bytes).catch((error: unknown) => {
    throw error instanceof ImageTextUnreadable ? new InvalidInput(m("content.errors.imageUnreadable"), { file: [m("content.errors.imageUnreadable")] }) : error;
  });
  const storageKey = newBlobKey();
  await blobStorage().put(storageKey, Readable.from([image.bytes]));
  try {
    return await saveAttachment(actor, input, { ...image, imageText }, storageKey, requestId);
  } catch (error) {
    await deleteBlobsQuietly([storageKey]);
    throw error;
  }
}

async function saveAttachment(actor: Actor, input: z.output<typeof AddAttachmentInput>, image: CleanImage & { imageText: string }, storageKey: string, requestId: string): Promise<{ id: string; version: number }> {
  return db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "edit");
    const attachment = await tx.contentAttachment.create({
      data: {
        itemId: item.id,
        fileName: safeFileName(input.file.name, image.format === "jpeg" ? "jpg" : image.format),
        mimeType: image.mimeType,
        size: image.bytes.byteLength,
        width: image.width,
        height: image.height,
        altText: input.altText,
        caption: input.caption,
        imageText: image.imageText,
        storageKey,
      },
      select: { id: true },
    });
    await bumpVersion(tx, item.id, input.expectedVersion, { state: next, ...reopenIfApproved(item.state) });
    await linkPastedTestimony(tx, item.id);
    await snapshotVersion(tx, item.id, actor.id);
    const version = input.expectedVersion + 1;
    await recordAuditEvent(tx, { actor, action: "content.attachment-added", target: { type: "content", id: item.id }, requestId, details: { version, state: next, attachmentId: attachment.id } });
    return { id: attachment.id, version };
  });
}
