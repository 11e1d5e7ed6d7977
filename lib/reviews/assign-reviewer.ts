// Assigning a reviewer to a redaction or an item: by the editor who submits it, or later by
// an admin. The reviewer must be an active reviewer who is not one of its authors, and is
// asked by email (queue-review-requests.ts).
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { AssignReviewerInput } from "./schemas";
import { itemReviewAccess } from "./review-access";
import { queueReviewRequestTo } from "./queue-review-requests";
import { kickNotices } from "@/lib/notices/kick-notices";

export type ReviewTarget = { redactionId: string; itemId?: undefined } | { itemId: string; redactionId?: undefined };

const choose = () => m("reviews.errors.chooseActiveReviewer");
// An assignment opens the raw testimony under review to someone off the source's team, so it
// is given only for work waiting for a decision: otherwise it would be emergency access
// without a reason, a time limit or the team being told.
const notInReview = () => m("reviews.errors.notInReview");

/** Inside the caller's transaction (submission, or an admin's assignment below); true when newly assigned. */
export async function assignReviewerInTx(tx: Tx, actor: Actor, reviewerId: string, target: ReviewTarget, authorIds: readonly string[], requestId: string): Promise<boolean> {
  const reviewer = await tx.user.findUnique({ where: { id: reviewerId }, select: { role: true, status: true } });
  if (reviewer?.role !== "REVIEWER" || reviewer.status !== "ACTIVE" || authorIds.includes(reviewerId)) {
    throw new InvalidInput(choose(), { reviewerId: [choose()] });
  }
  const created = await tx.reviewAssignment.createMany({ data: [{ reviewerId, assignedById: actor.id, ...target }], skipDuplicates: true });
  if (created.count === 0) return false;
  await recordAuditEvent(tx, {
    actor,
    action: "review.assigned",
    target: target.redactionId ? { type: "redaction", id: target.redactionId } : { type: "content", id: target.itemId! },
    requestId,
    details: { reviewerId },
  });
  return true;
}

/** An admin assigns (another) reviewer to a redaction or item already submitted. */
export async function assignReviewer(admin: Actor, raw: AssignReviewerInput, requestId: string): Promise<void> {
  assertCan(admin, "reviews:assign");
  const input = parseInput(AssignReviewerInput, raw);
  await db().$transaction(async (tx) => {
    if (input.kind === "redaction") {
      const redaction = await tx.redaction.findUnique({ where: { id: input.targetId }, select: { id: true, editorIds: true, state: true, testimonyId: true } });
      if (!redaction) throw new NotFound(m("reviews.errors.noSuchRedaction"));
      if (redaction.state !== "IN_REVIEW") throw new InvalidTransition(notInReview());
      if (await assignReviewerInTx(tx, admin, input.reviewerId, { redactionId: redaction.id }, redaction.editorIds, requestId)) {
        await queueReviewRequestTo(tx, input.reviewerId, { kind: "redaction", redactionId: redaction.id, testimonyId: redaction.testimonyId });
      }
    } else {
      const item = await tx.contentItem.findUnique({ where: { id: input.targetId }, select: { state: true } });
      if (!item) throw new NotFound(m("reviews.errors.noSuchItem"));
      if (item.state !== "IN_REVIEW") throw new InvalidTransition(notInReview());
      const { authorIds } = await itemReviewAccess(tx, input.targetId);
      if (await assignReviewerInTx(tx, admin, input.reviewerId, { itemId: input.targetId }, authorIds, requestId)) {
        await queueReviewRequestTo(tx, input.reviewerId, { kind: "item", itemId: input.targetId });
      }
    }
  });
  kickNotices();
}
