// The two ways out of a suspension. An editor reopens the item: it goes back to DRAFT
// (no longer approved or published) to be fixed and reviewed again. A reviewer lifts the
// suspension when the guard no longer finds anything — say the dictionary entry that
// matched was a mistake and has been removed; the full release check runs again first.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import { assertMayReviewItem } from "./item-access";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidTransition } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { changeState } from "./change-state";
import { loadItemForChange, snapshotVersion, staleVersionMessage } from "./content-records";
import { assertNoLeaks, prepareReleaseForms } from "./leak-guard";
import { ItemTransitionInput } from "./schemas";
import { Conflict } from "@/lib/errors";

const notSuspended = () => m("content.errors.notSuspended");

export async function reopenSuspendedItem(editor: Actor, raw: ItemTransitionInput, requestId: string): Promise<{ version: number }> {
  assertCan(editor, "content:edit");
  const input = parseInput(ItemTransitionInput, raw);
  return db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "reopen");
    if (!item.suspendedAt) throw new InvalidTransition(notSuspended());
    await changeState(tx, item, next, { suspendedAt: null, suspendedReason: null, approvedVersion: null, approvedById: null, approvedAt: null, publishedAt: null, version: { increment: 1 } });
    await snapshotVersion(tx, item.id, editor.id);
    await recordAuditEvent(tx, { actor: editor, action: "content.reopened", target: { type: "content", id: item.id }, requestId, details: { from: item.state, version: item.version + 1 } });
    return { version: item.version + 1 };
  });
}

export async function liftSuspension(reviewer: Actor, raw: ItemTransitionInput, requestId: string): Promise<void> {
  assertCan(reviewer, "content:review");
  const input = parseInput(ItemTransitionInput, raw);
  const forms = await prepareReleaseForms(db(), input.itemId);
  await db().$transaction(async (tx) => {
    const item = await tx.contentItem.findUnique({ where: { id: input.itemId }, select: { id: true, version: true, suspendedAt: true } });
    if (!item || !item.suspendedAt) throw new InvalidTransition(notSuspended());
    if (item.version !== input.expectedVersion) throw new Conflict(staleVersionMessage(item.version));
    await assertMayReviewItem(tx, reviewer, item.id, m("content.errors.selfLift"));
    await assertNoLeaks(tx, forms, item.version, "released");
    const lifted = await tx.contentItem.updateMany({ where: { id: item.id, version: item.version, suspendedAt: { not: null } }, data: { suspendedAt: null, suspendedReason: null } });
    if (lifted.count !== 1) throw new Conflict(staleVersionMessage(item.version));
    await recordAuditEvent(tx, { actor: reviewer, action: "content.suspension-lifted", target: { type: "content", id: item.id }, requestId, details: { version: item.version } });
  });
}
