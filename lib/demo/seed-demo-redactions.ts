// Approves the redactions of the demo's quotable testimony the way people do it: the
// editor opens the workspace, accepts every suggestion, saves and submits; a reviewer who
// did not edit it opens the review and approves the text they saw. Audit rows as in real use.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { openRedaction } from "@/lib/redaction/open-redaction";
import { saveRedaction } from "@/lib/redaction/save-redaction";
import { submitRedaction } from "@/lib/redaction/submit-redaction";
import { approveRedaction } from "@/lib/redaction/review-redaction";

export async function approveDemoRedaction(editor: Actor, reviewer: Actor, testimonyId: string, requestId: string): Promise<void> {
  const opened = await openRedaction(editor, testimonyId, "edit", requestId);
  const spans = opened.work.spans.map((s) => (s.status === "SUGGESTED" ? { ...s, status: "ACCEPTED" as const } : s));
  const saved = await saveRedaction(editor, { testimonyId, expectedVersion: opened.version, work: { spans, dismissals: opened.work.dismissals } }, requestId);
  await submitRedaction(editor, { testimonyId, expectedVersion: saved.version, reviewerId: reviewer.id }, requestId);
  const review = await openRedaction(reviewer, testimonyId, "review", requestId);
  await approveRedaction(reviewer, { testimonyId, expectedVersion: review.version, textHash: review.textHash }, requestId);
}

/** Every testimony of the given sources, in source then creation order. */
export async function approveDemoRedactions(editor: Actor, reviewer: Actor, sourceCodes: readonly string[], requestId: string): Promise<void> {
  const testimonies = await db().testimony.findMany({
    where: { source: { code: { in: [...sourceCodes] } } },
    orderBy: [{ source: { code: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  for (const t of testimonies) await approveDemoRedaction(editor, reviewer, t.id, requestId);
}
