// A reviewer's decision, by a reviewer assigned to the item. Nobody approves an item they edited or submitted; approval is pinned to
// the reviewed version and refused while the leak guard, the consent check or the
// disclosure check (quasi-identifiers and source budgets, lib/disclosure) objects. Pasted
// testimony is linked first, so its sources' consent is checked with the picked quotes'.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { changeState } from "./change-state";
import { assertConsentAllows, assertNamesChannel } from "./consent-check";
import { linkPastedTestimony } from "./pasted-testimony/link-pasted-testimony";
import { loadItemForChange } from "./content-records";
import { assertMayReviewItem } from "./item-access";
import { assertNoLeaks, prepareReleaseForms } from "./leak-guard";
import { assertDisclosureAllowsApproval } from "@/lib/disclosure/assert-disclosure-allows";
import { ItemTransitionInput, RequestChangesInput } from "./schemas";

export { SELF_APPROVAL } from "./item-access";

export async function approveItem(reviewer: Actor, raw: ItemTransitionInput, requestId: string): Promise<void> {
  assertCan(reviewer, "content:review");
  const input = parseInput(ItemTransitionInput, raw);
  // Rendering every delivered form takes a while; it is done before the transaction.
  const forms = await prepareReleaseForms(db(), input.itemId);
  await db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "approve");
    await assertMayReviewItem(tx, reviewer, item.id);
    assertNamesChannel(item, "approved");
    await assertNoLeaks(tx, forms, item.version, "approved");
    await linkPastedTestimony(tx, item.id);
    await assertConsentAllows(tx, item.id, "approved");
    const disclosure = await assertDisclosureAllowsApproval(tx, item.id, reviewer.id);
    await changeState(tx, item, next, { approvedVersion: item.version, approvedById: reviewer.id, approvedAt: new Date() });
    await recordAuditEvent(tx, { actor: reviewer, action: "content.approved", target: { type: "content", id: item.id }, requestId, details: { version: item.version, ...(disclosure ? { disclosure } : {}) } });
  });
}

export async function requestItemChanges(reviewer: Actor, raw: RequestChangesInput, requestId: string): Promise<void> {
  assertCan(reviewer, "content:review");
  const input = parseInput(RequestChangesInput, raw);
  await db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "request-changes");
    await assertMayReviewItem(tx, reviewer, item.id);
    await changeState(tx, item, next);
    await tx.contentComment.create({ data: { itemId: item.id, authorId: reviewer.id, body: input.comment, version: item.version } });
    await recordAuditEvent(tx, { actor: reviewer, action: "content.changes-requested", target: { type: "content", id: item.id }, requestId, details: { version: item.version } });
  });
}
