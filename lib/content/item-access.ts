// Which items a person may read and decide on: editors read every item; a reviewer reads
// only the items assigned to them, and decides only those they did not write or submit.
import "server-only";
import { m } from "@/lib/i18n/translate";
import type { Db, Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import { can, type Actor } from "@/lib/auth/policy";
import type { ContentState } from "@/lib/content/content-states";
import { itemAssigneeIds, itemReviewAccess } from "@/lib/reviews/review-access";

export async function itemVisibleTo(client: Db | Tx, actor: Actor, itemId: string): Promise<boolean> {
  if (!can(actor, "content:view")) return false;
  if (actor.role !== "REVIEWER") return true;
  return can(actor, "content:view", { assigneeIds: await itemAssigneeIds(client, itemId) });
}

/**
 * Prisma filter for the items a person may list: for a reviewer, those assigned to them.
 * `narrow` limits a reviewer's list to assigned items in those states (and suspended, if
 * asked), read with one join: a reviewer collects thousands of assignments over the years,
 * a dashboard panel wants the few still in review. The caller's own filter must say the same.
 */
export async function visibleItemsWhere(client: Db | Tx, actor: Actor, narrow?: { states: readonly ContentState[]; suspended?: boolean }): Promise<{ id?: { in: string[] } }> {
  if (actor.role !== "REVIEWER") return {};
  if (narrow) {
    const rows = await client.$queryRaw<{ itemId: string }[]>`
      SELECT a."itemId" FROM "ReviewAssignment" a JOIN "ContentItem" i ON i."id" = a."itemId"
      WHERE a."reviewerId" = ${actor.id} AND i."state"::text = ANY(${[...narrow.states]}::text[]) AND (${narrow.suspended === true} = false OR i."suspendedAt" IS NOT NULL)`;
    return { id: { in: rows.map((r) => r.itemId) } };
  }
  const rows = await client.reviewAssignment.findMany({ where: { reviewerId: actor.id, itemId: { not: null } }, select: { itemId: true } });
  return { id: { in: rows.map((r) => r.itemId!) } };
}

export const NOT_YOUR_REVIEW = "This item is not assigned to you for review. An admin can assign it.";
export const SELF_APPROVAL = "You edited or submitted a version of this item, so another reviewer must approve it.";

export async function assertMayReviewItem(tx: Db | Tx, reviewer: Actor, itemId: string, selfMessage = m("content.errors.selfApproval")): Promise<void> {
  const access = await itemReviewAccess(tx, itemId);
  assertCan(reviewer, "content:review", access, access.authorIds.includes(reviewer.id) ? selfMessage : m("content.errors.notYourReview"));
}
