// An editor asks the reviewer they assign to review the item's current version. An item that would leak an
// identifier is refused here already, with where to look; the quasi-identifiers it
// reveals are counted now, so the audit trail and the editor see what the reviewer will.
// Testimony pasted into it is linked to its source before the reviewer sees it.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { changeState } from "./change-state";
import { loadItemForChange } from "./content-records";
import { assertNoLeaks, prepareReleaseForms } from "./leak-guard";
import { SubmitItemInput } from "./schemas";
import { assignReviewerInTx } from "@/lib/reviews/assign-reviewer";
import { itemReviewAccess } from "@/lib/reviews/review-access";
import { queueReviewRequests } from "@/lib/reviews/queue-review-requests";
import { kickNotices } from "@/lib/notices/kick-notices";
import { assertNamesChannel } from "./consent-check";
import { linkPastedTestimony, type PastedSource } from "./pasted-testimony/link-pasted-testimony";
import { assessItemDisclosure, disclosureSummary } from "@/lib/disclosure/assess-item-disclosure";

/** `needsAcknowledgement`: findings above a source's threshold; `blocked`: a CRITICAL source's threshold or a budget is exceeded. */
export async function submitItem(actor: Actor, raw: SubmitItemInput, requestId: string): Promise<{ quasiIdentifiers: number; needsAcknowledgement: boolean; blocked: boolean; pasted: PastedSource[] }> {
  assertCan(actor, "content:edit");
  const input = parseInput(SubmitItemInput, raw);
  // Rendering every delivered form takes a while; it is done before the transaction.
  const forms = await prepareReleaseForms(db(), input.itemId);
  const result = await db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "submit");
    assertNamesChannel(item, "submitted");
    await assertNoLeaks(tx, forms, item.version, "submitted");
    const pasted = await linkPastedTestimony(tx, item.id);
    await changeState(tx, item, next);
    // The submitter is an author: they may never approve it, whatever role they hold later.
    const submitterIds = item.submitterIds.includes(actor.id) ? item.submitterIds : [...item.submitterIds, actor.id];
    await tx.contentItem.update({ where: { id: item.id }, data: { submitterIds } });
    const { authorIds } = await itemReviewAccess(tx, item.id);
    await assignReviewerInTx(tx, actor, input.reviewerId, { itemId: item.id }, authorIds, requestId);
    await queueReviewRequests(tx, { kind: "item", itemId: item.id }, authorIds);
    const disclosure = await assessItemDisclosure(tx, item.id, null);
    await recordAuditEvent(tx, { actor, action: "content.submitted", target: { type: "content", id: item.id }, requestId, details: { version: item.version, ...(disclosure ? { disclosure: disclosureSummary(disclosure) } : {}) } });
    return {
      quasiIdentifiers: disclosure?.findings.length ?? 0,
      needsAcknowledgement: disclosure?.findings.some((f) => f.needsAcknowledgement) ?? false,
      blocked: (disclosure?.refused.length ?? 0) + (disclosure?.crossings.length ?? 0) > 0,
      pasted,
    };
  });
  kickNotices();
  return result;
}
