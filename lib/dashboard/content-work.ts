// Dashboard panels for content work: my drafts (items I created that are in DRAFT or sent
// back to me) and content waiting for my review (IN_REVIEW items assigned to me that I never saved or submitted).
// A few items each, with the total; the panels link to the full content list.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { can, type Actor } from "@/lib/auth/policy";
import type { ContentState } from "@/lib/content/content-states";
import { visibleItemsWhere } from "@/lib/content/item-access";
import { itemReviewAccess } from "@/lib/reviews/review-access";

export const DASHBOARD_CONTENT_LIMIT = 5;
/** Panel totals are counted up to this and shown as "99+" beyond (dashboardCount). */
export const DASHBOARD_COUNT_CAP = 99;

const SUMMARY = { id: true, title: true, type: true, language: true, state: true, updatedAt: true } as const;

/** `total` is exact up to DASHBOARD_COUNT_CAP and DASHBOARD_COUNT_CAP + 1 beyond. */
export type ContentWorkList = { items: { id: string; title: string; type: string; language: string; state: ContentState; updatedAt: Date }[]; total: number };

/** Null when the actor does not draft content (so the panel is not shown at all). */
export async function listMyContentDrafts(editor: Actor, limit = DASHBOARD_CONTENT_LIMIT): Promise<ContentWorkList | null> {
  if (!can(editor, "content:edit")) return null;
  const where = { createdById: editor.id, state: { in: ["DRAFT", "CHANGES_REQUESTED"] as ContentState[] } };
  const [items, total] = await Promise.all([
    db().contentItem.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: limit, select: SUMMARY }),
    db().contentItem.count({ where, take: DASHBOARD_COUNT_CAP + 1 }),
  ]);
  return { items, total };
}

/**
 * Null when the actor does not review content. The query narrows to items the reviewer never
 * edited, so the total is exact (up to the cap); the policy's own rule (content:review with the item's
 * editors) still decides each item shown.
 */
export async function listContentAwaitingMyReview(reviewer: Actor, limit = DASHBOARD_CONTENT_LIMIT): Promise<ContentWorkList | null> {
  if (!can(reviewer, "content:review")) return null;
  // One query, in the order shown, up to the cap: a reviewer's assignments and versions grow
  // with the archive, and a list of their ids handed back to the database would grow with them.
  const onlyAssigned = reviewer.role === "REVIEWER" ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ReviewAssignment" a WHERE a."itemId" = i."id" AND a."reviewerId" = ${reviewer.id})` : Prisma.empty;
  const awaiting = await db().$queryRaw<{ id: string }[]>`
    SELECT i."id" FROM "ContentItem" i
    WHERE i."state" = 'IN_REVIEW' ${onlyAssigned}
      AND NOT (${reviewer.id} = ANY(i."submitterIds"))
      AND NOT EXISTS (SELECT 1 FROM "ContentVersion" v WHERE v."itemId" = i."id" AND v."editedById" = ${reviewer.id})
    ORDER BY i."updatedAt" ASC, i."id" ASC
    LIMIT ${DASHBOARD_COUNT_CAP + 1}`;
  const shown = awaiting.slice(0, limit).map((r) => r.id);
  const total = awaiting.length;
  const found = await db().contentItem.findMany({ where: { id: { in: shown } }, select: SUMMARY });
  const rows = shown.flatMap((id) => found.filter((row) => row.id === id));
  const decidable = await Promise.all(rows.map(async (row) => can(reviewer, "content:review", await itemReviewAccess(db(), row.id))));
  const items = rows.filter((_, i) => decidable[i]);
  return { items, total };
}

/**
 * Items suspended for a possible identifier (null for people who neither edit nor review
 * content): they are the most urgent work on the dashboard — partners were told to take them down.
 */
export async function listSuspendedItems(actor: Actor, limit = DASHBOARD_CONTENT_LIMIT): Promise<ContentWorkList | null> {
  if (!can(actor, "content:edit") && !can(actor, "content:review")) return null;
  const states: ContentState[] = ["APPROVED", "PUBLISHED"];
  const where = { ...(await visibleItemsWhere(db(), actor, { states, suspended: true })), suspendedAt: { not: null }, state: { in: states } };
  const [items, total] = await Promise.all([
    db().contentItem.findMany({ where, orderBy: [{ suspendedAt: "desc" }, { id: "asc" }], take: limit, select: SUMMARY }),
    db().contentItem.count({ where, take: DASHBOARD_COUNT_CAP + 1 }),
  ]);
  return { items, total };
}
