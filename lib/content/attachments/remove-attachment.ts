// Removes an attachment from a content item, as a new version (an approved item
// goes back to DRAFT). The attachment is looked up within its item only.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { bumpVersion, loadItemForChange, reopenIfApproved, snapshotVersion } from "../content-records";
import { linkPastedTestimony } from "../pasted-testimony/link-pasted-testimony";
import { RemoveAttachmentInput } from "./schemas";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";

export async function removeAttachment(actor: Actor, raw: RemoveAttachmentInput, requestId: string): Promise<{ version: number }> {
  assertCan(actor, "content:edit");
  const input = parseInput(RemoveAttachmentInput, raw);
  const { version, storageKey } = await db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "edit");
    const attachment = await tx.contentAttachment.findFirst({ where: { id: input.attachmentId, itemId: item.id }, select: { storageKey: true } });
    const removed = await tx.contentAttachment.deleteMany({ where: { id: input.attachmentId, itemId: item.id } });
    if (!attachment || removed.count !== 1) throw new NotFound(m("content.errors.noSuchAttachment"));
    await bumpVersion(tx, item.id, input.expectedVersion, { state: next, ...reopenIfApproved(item.state) });
    await linkPastedTestimony(tx, item.id);
    await snapshotVersion(tx, item.id, actor.id);
    const version = input.expectedVersion + 1;
    await recordAuditEvent(tx, { actor, action: "content.attachment-removed", target: { type: "content", id: item.id }, requestId, details: { version, state: next, attachmentId: input.attachmentId } });
    return { version, storageKey: attachment.storageKey };
  });
  // After the commit: a failed transaction keeps its image.
  await deleteBlobsQuietly([storageKey]);
  return { version };
}
