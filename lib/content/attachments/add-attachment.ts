// Adds a re-encoded image to a content item. Like any edit it is a new version, and
// an approved item goes back to DRAFT (its approval was for the version without it).
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { bumpVersion, loadItemForChange, reopenIfApproved, snapshotVersion } from "../content-records";
import { linkPastedTestimony } from "../pasted-testimony/link-pasted-testimony";
import { reencodeImage } from "./reencode-image";
import { safeFileName } from "./safe-file-name";
import { AddAttachmentInput } from "./schemas";

export async function addAttachment(actor: Actor, raw: AddAttachmentInput, requestId: string): Promise<{ id: string; version: number }> {
  assertCan(actor, "content:edit");
  const input = parseInput(AddAttachmentInput, raw);
  // Decoding happens before the transaction: it is slow and needs no lock.
  const image = await reencodeImage(Buffer.from(await input.file.arrayBuffer()));
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
        content: new Uint8Array(image.bytes),
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
