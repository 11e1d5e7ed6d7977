// Opens a testimony's redaction for an editor (workspace) or a reviewer: the raw
// transcript is shown, so every open is recorded as a raw view.
import "server-only";
import { openRedactedText } from "./sealed-redacted-text";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import { can, type Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { assertRawTestimonyAccess, assertTestimonyTeamAccess } from "@/lib/sources/team/assert-source-access";
import { redactionReviewAccess } from "@/lib/reviews/review-access";
import { Prisma } from "@/lib/db/generated/client";
import { loadRedaction, storedWork, workField } from "./load-redaction";
import { residualRisks } from "./model/residual-risk";
import { redactedTextFor } from "./model/apply-redaction";
import { redactionHash } from "./redaction-hash";
import type { RedactionState } from "./model/redaction-states";

export type ReviewComments = { general?: string; spans: { spanId: string; comment: string }[] };

/**
 * Checked before a redaction page starts streaming, while a 404 or 403 can still be its
 * status: false for no such testimony; NotAllowed (recorded) for someone not on the source's
 * team (editing), or neither on it nor assigned to the redaction (reviewing).
 */
export async function redactionTargetExists(actor: Actor, testimonyId: string, purpose: "edit" | "review", requestId: string): Promise<boolean> {
  assertCan(actor, purpose === "edit" ? "redaction:edit" : "redaction:review");
  if ((await db().testimony.count({ where: { id: testimonyId } })) !== 1) return false;
  await assertRedactionAccess(actor, testimonyId, purpose, requestId);
  return true;
}

async function assertRedactionAccess(actor: Actor, testimonyId: string, purpose: "edit" | "review", requestId: string): Promise<void> {
  if (purpose === "edit") await assertTestimonyTeamAccess(actor, "redaction:edit", testimonyId, requestId);
  else await assertRawTestimonyAccess(actor, testimonyId, requestId);
}

export async function openRedaction(actor: Actor, testimonyId: string, purpose: "edit" | "review", requestId: string) {
  assertCan(actor, purpose === "edit" ? "redaction:edit" : "redaction:review");
  await assertRedactionAccess(actor, testimonyId, purpose, requestId);
  let loaded = await loadRedaction(db(), testimonyId);
  if (!loaded.redaction) {
    try {
      await db().$transaction(async (tx) => {
        const created = await tx.redaction.create({ data: { testimonyId, workEnc: new Uint8Array(0), editorIds: [] } });
        await tx.redaction.update({ where: { id: created.id }, data: { workEnc: loaded.cipher.sealJson(workField(created.id), loaded.work) } });
      });
    } catch (error) {
      // Someone else opened it first: theirs stands.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
    // Only the stored row is new: the transcript and its findings are already loaded.
    const redaction = await db().redaction.findUniqueOrThrow({ where: { testimonyId } });
    loaded = { ...loaded, redaction, work: storedWork(loaded.cipher, redaction) };
  }
  const redaction = loaded.redaction!;
  await recordAuditEvent(db(), { actor, action: "testimony.raw-viewed", target: { type: "testimony", id: testimonyId }, requestId, details: { via: `redaction-${purpose}`, sourceId: loaded.testimony.sourceId } });

  const latestReview = await db().redactionReview.findFirst({ where: { redactionId: redaction.id }, orderBy: { createdAt: "desc" } });
  const comments = latestReview?.commentsEnc ? loaded.cipher.openJson<ReviewComments>(`review:${latestReview.id}:comments`, latestReview.commentsEnc) : null;
  const redactedText = redactedTextFor(loaded.text, loaded.work.spans);
  const approvedRow = await db().redactedText.findUnique({ where: { redactionId: redaction.id }, select: { textEnc: true, text: true, approvedAt: true, textHash: true } });
  const approved = approvedRow && { ...approvedRow, text: openRedactedText(loaded.cipher, { redactionId: redaction.id, textEnc: approvedRow.textEnc, text: approvedRow.text }) };

  return {
    testimonyId,
    sourceCode: loaded.testimony.source.code,
    language: loaded.testimony.language,
    redactionId: redaction.id,
    state: redaction.state as RedactionState,
    version: redaction.version,
    text: loaded.text,
    findings: loaded.findings,
    work: loaded.work,
    redactedText,
    textHash: redactionHash(redactedText),
    residual: residualRisks(loaded.findings, loaded.work.spans, loaded.work.dismissals),
    mayApprove: can(actor, "redaction:review", await redactionReviewAccess(db(), redaction)),
    latestReview: latestReview ? { decision: latestReview.decision, at: latestReview.createdAt, comments } : null,
    approved,
  };
}

export type RedactionView = Awaited<ReturnType<typeof openRedaction>>;
