// For admins: every redaction and item waiting for review, with who is assigned, so one
// without a reviewer (or whose reviewer left) can be assigned. Never testimony or item text.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";

/** `label` in English (logs, tests); a page words it from sourceCode or contentType and language in its own. */
export type OpenReview = { kind: "redaction" | "item"; id: string; label: string; sourceCode: string | null; contentType: string | null; language: string; since: Date | null; assignees: string[]; authorIds: string[] };

export async function listOpenReviews(admin: Actor): Promise<OpenReview[]> {
  assertCan(admin, "reviews:assign");
  const [redactions, items] = await Promise.all([
    db().redaction.findMany({ where: { state: "IN_REVIEW" }, orderBy: { submittedAt: "asc" }, take: 200, select: { id: true, submittedAt: true, editorIds: true, testimony: { select: { language: true, source: { select: { code: true } } } } } }),
    db().contentItem.findMany({ where: { state: "IN_REVIEW" }, orderBy: { updatedAt: "asc" }, take: 200, select: { id: true, type: true, language: true, updatedAt: true, createdById: true, submitterIds: true, versions: { select: { editedById: true } } } }),
  ]);
  const assignments = await db().reviewAssignment.findMany({
    where: { OR: [{ redactionId: { in: redactions.map((r) => r.id) } }, { itemId: { in: items.map((i) => i.id) } }] },
    select: { reviewerId: true, redactionId: true, itemId: true },
  });
  const names = new Map((await db().user.findMany({ where: { id: { in: assignments.map((a) => a.reviewerId) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const assignedTo = (match: (a: (typeof assignments)[number]) => boolean) => assignments.filter(match).map((a) => names.get(a.reviewerId) ?? "?");
  return [
    ...redactions.map((r) => ({ kind: "redaction" as const, id: r.id, label: `Redaction of ${r.testimony.source.code} (${r.testimony.language})`, sourceCode: r.testimony.source.code, contentType: null, language: r.testimony.language, since: r.submittedAt, assignees: assignedTo((a) => a.redactionId === r.id), authorIds: r.editorIds })),
    ...items.map((i) => ({
      kind: "item" as const,
      id: i.id,
      label: `${i.type.replaceAll("_", " ").toLowerCase()} (${i.language})`,
      sourceCode: null,
      contentType: i.type,
      language: i.language,
      since: i.updatedAt,
      assignees: assignedTo((a) => a.itemId === i.id),
      authorIds: [...new Set([i.createdById, ...i.submitterIds, ...i.versions.map((v) => v.editedById)])],
    })),
  ];
}
