// Work queues: redactions waiting for the reviewer they are assigned to, and an editor's own open ones.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";

const SUMMARY = {
  id: true,
  testimonyId: true,
  state: true,
  updatedAt: true,
  submittedAt: true,
  editorIds: true,
  testimony: { select: { language: true, source: { select: { code: true, riskLevel: true } } } },
} as const;

export async function listReviewQueue(reviewer: Actor, page: number) {
  assertCan(reviewer, "redaction:review");
  // Only what is assigned to this reviewer: the others' raw testimony is not theirs to see.
  // Those still in review, by one join: a reviewer's assignments grow with the archive, the queue does not.
  const assigned = await db().$queryRaw<{ redactionId: string }[]>`
    SELECT a."redactionId" FROM "ReviewAssignment" a JOIN "Redaction" r ON r."id" = a."redactionId"
    WHERE a."reviewerId" = ${reviewer.id} AND r."state" = 'IN_REVIEW'`;
  const where = { state: "IN_REVIEW" as const, id: { in: assigned.map((a) => a.redactionId) } };
  const [items, total] = await db().$transaction([
    db().redaction.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], ...pageWindow(page), select: SUMMARY }),
    db().redaction.count({ where }),
  ]);
  return toPage(items.map((r) => ({ ...r, editedByMe: r.editorIds.includes(reviewer.id) })), total, page);
}

export async function listMyOpenRedactions(editor: Actor) {
  if (editor.role !== "EDITOR") return [];
  return db().redaction.findMany({
    where: { editorIds: { has: editor.id }, state: { in: ["DRAFT", "CHANGES_REQUESTED"] } },
    orderBy: { updatedAt: "desc" },
    take: 20,
    select: SUMMARY,
  });
}
