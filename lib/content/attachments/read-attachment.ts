// The stored (already re-encoded) bytes of one attachment, found by its id AND its
// item's id, so an attachment id cannot be read through another item's URL.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { itemVisibleTo } from "../item-access";
import { ATTACHMENT_BYTES_FIELDS, withAttachmentBytes } from "./attachment-bytes";

export async function readAttachment(actor: Actor, itemId: string, attachmentId: string) {
  assertCan(actor, "content:view");
  if (!(await itemVisibleTo(db(), actor, itemId))) return null;
  return withAttachmentBytes(await db().contentAttachment.findFirst({ where: { id: attachmentId, itemId }, select: { id: true, mimeType: true, ...ATTACHMENT_BYTES_FIELDS } }));
}
