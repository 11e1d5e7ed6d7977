// Review requests by email, queued in the transaction that submits or assigns the work: to
// its assigned reviewers, or (none assigned) to every active reviewer who may review it —
// never one of its authors. The email names the work by id and links to its review page.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { queueEmail } from "@/lib/notices/queue-email";
import { noticeLink } from "@/lib/notices/notice-link";
import { reviewRequestEmail } from "@/lib/notices/templates/review-request";
import { noticeLocaleOf } from "@/lib/notices/notice-locale";
import type { AppLocale } from "@/lib/i18n/locales";

export type ReviewWork = { kind: "item"; itemId: string } | { kind: "redaction"; redactionId: string; testimonyId: string };

function reviewPath(work: ReviewWork): string {
  return work.kind === "item" ? `/content/${encodeURIComponent(work.itemId)}` : `/testimony/${encodeURIComponent(work.testimonyId)}/review`;
}

async function queueTo(tx: Tx, reviewer: { id: string; email: string; locale: AppLocale | null }, work: ReviewWork, assigned: boolean): Promise<void> {
  const { subject, text } = reviewRequestEmail(work.kind === "item" ? work : { kind: "redaction", redactionId: work.redactionId }, noticeLink(reviewPath(work)), assigned, noticeLocaleOf(reviewer));
  await queueEmail(tx, { kind: "review-request", to: reviewer.email, userId: reviewer.id, subject, content: { text } });
}

/** On submission. Returns how many reviewers were asked. */
export async function queueReviewRequests(tx: Tx, work: ReviewWork, authorIds: readonly string[]): Promise<number> {
  const assignments = await tx.reviewAssignment.findMany({ where: work.kind === "item" ? { itemId: work.itemId } : { redactionId: work.redactionId }, select: { reviewerId: true } });
  const eligible = { role: "REVIEWER" as const, status: "ACTIVE" as const, id: { notIn: [...authorIds] } };
  const assigned = assignments.length > 0;
  const reviewers = await tx.user.findMany({
    where: assigned ? { ...eligible, AND: [{ id: { in: assignments.map((a) => a.reviewerId) } }] } : eligible,
    orderBy: { id: "asc" },
    select: { id: true, email: true, locale: true },
  });
  for (const reviewer of reviewers) await queueTo(tx, reviewer, work, assigned);
  return reviewers.length;
}

/** When an admin assigns one more reviewer: that reviewer alone. */
export async function queueReviewRequestTo(tx: Tx, reviewerId: string, work: ReviewWork): Promise<void> {
  const reviewer = await tx.user.findFirst({ where: { id: reviewerId, role: "REVIEWER", status: "ACTIVE" }, select: { id: true, email: true, locale: true } });
  if (reviewer) await queueTo(tx, reviewer, work, true);
}
