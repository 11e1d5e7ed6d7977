// A comment in the item's thread, stored with the version it was written about.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { itemVisibleTo } from "./item-access";
import { AddCommentInput } from "./schemas";

export async function addComment(actor: Actor, raw: AddCommentInput, requestId: string): Promise<void> {
  assertCan(actor, "content:view");
  const input = parseInput(AddCommentInput, raw);
  await db().$transaction(async (tx) => {
    const item = await tx.contentItem.findUnique({ where: { id: input.itemId }, select: { id: true, version: true } });
    if (!item || !(await itemVisibleTo(tx, actor, item.id))) throw new NotFound(m("content.errors.noSuchItem"));
    await tx.contentComment.create({ data: { itemId: item.id, authorId: actor.id, body: input.body, version: item.version } });
    await recordAuditEvent(tx, { actor, action: "content.commented", target: { type: "content", id: item.id }, requestId, details: { version: item.version } });
  });
}
