// Work queues: redactions waiting for review, and an editor's own open ones.
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
  const where = { state: "IN_REVIEW" as const };
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
