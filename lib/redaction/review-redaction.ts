// A reviewer's decision. Nobody approves a redaction they edited; approval is
// pinned to the hash of the redacted text the reviewer saw, and stores that text
// as the artefact every later stage reads, with its shingles, so that text pasted from it
// into content is found (lib/content/pasted-testimony).
import "server-only";
import type { z } from "zod";
import { sealRedactedText } from "./sealed-redacted-text";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { redactionReviewAccess } from "@/lib/reviews/review-access";
import { Conflict, InvalidTransition, NotFound } from "@/lib/errors";
import { detectBeforeTransaction, loadRedaction } from "./load-redaction";
import { redactedTextFor } from "./model/apply-redaction";
import { nextRedactionState, type RedactionState } from "./model/redaction-states";
import { redactionHash } from "./redaction-hash";
import { assertNothingExposed } from "./submit-redaction";
import { STALE_VERSION } from "./save-redaction";
import type { ApproveRedactionInput, RequestChangesInput } from "./schemas";
import { indexRedactedText } from "@/lib/content/pasted-testimony/index-testimony";
import { m } from "@/lib/i18n/translate";

const SELF_REVIEW = "You edited or submitted this redaction, so another reviewer must decide on it.";
const NOT_ASSIGNED = "This redaction is not assigned to you. An admin can assign it.";

async function loadForDecision(tx: Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0], reviewer: Actor, testimonyId: string, expectedVersion: number, event: "approve" | "request-changes") {
  const loaded = await loadRedaction(tx, testimonyId);
  const redaction = loaded.redaction;
  if (!redaction) throw new NotFound(m("redaction.errors.noRedaction"));
  const access = await redactionReviewAccess(tx, redaction);
  assertCan(reviewer, "redaction:review", access, access.authorIds.includes(reviewer.id) ? SELF_REVIEW : NOT_ASSIGNED);
  if (redaction.version !== expectedVersion) throw new Conflict(m("redaction.errors.changedWhileReviewing"));
  const state = redaction.state as RedactionState;
  const next = nextRedactionState(state, event);
  if (!next) throw new InvalidTransition(m("redaction.errors.cannotReview", { state, event }));
  return { loaded, redaction, next };
}

export async function approveRedaction(reviewer: Actor, input: z.infer<typeof ApproveRedactionInput>, requestId: string) {
  assertCan(reviewer, "redaction:review");
  await detectBeforeTransaction(input.testimonyId);
  await db().$transaction(async (tx) => {
    const { loaded, redaction, next } = await loadForDecision(tx, reviewer, input.testimonyId, input.expectedVersion, "approve");
    const text = redactedTextFor(loaded.text, loaded.work.spans);
    const textHash = redactionHash(text);
    if (textHash !== input.textHash) throw new Conflict(m("redaction.errors.textDiffers"));
    assertNothingExposed(loaded);
    const updated = await tx.redaction.updateMany({ where: { id: redaction.id, version: input.expectedVersion }, data: { state: next, version: { increment: 1 } } });
    if (updated.count !== 1) throw new Conflict(STALE_VERSION);
    await tx.redactionReview.create({ data: { redactionId: redaction.id, reviewerId: reviewer.id, decision: "APPROVED", textHash } });
    const sealed = sealRedactedText(loaded.cipher, redaction.id, text);
    const redacted = await tx.redactedText.upsert({
      where: { redactionId: redaction.id },
      create: { redactionId: redaction.id, testimonyId: input.testimonyId, sourceId: loaded.testimony.sourceId, language: loaded.testimony.language, ...sealed, text: null, textHash, approvedById: reviewer.id },
      update: { ...sealed, text: null, textHash, approvedById: reviewer.id, approvedAt: new Date() },
      select: { id: true, sourceId: true },
    });
    await indexRedactedText(tx, { ...redacted, text });
    await recordAuditEvent(tx, { actor: reviewer, action: "redaction.approved", target: { type: "testimony", id: input.testimonyId }, requestId, details: { textHash } });
  });
}

export async function requestRedactionChanges(reviewer: Actor, input: z.infer<typeof RequestChangesInput>, requestId: string) {
  assertCan(reviewer, "redaction:review");
  await detectBeforeTransaction(input.testimonyId);
  await db().$transaction(async (tx) => {
    const { loaded, redaction, next } = await loadForDecision(tx, reviewer, input.testimonyId, input.expectedVersion, "request-changes");
    const spanIds = new Set(loaded.work.spans.map((s) => s.id));
    const spans = input.spans.filter((c) => spanIds.has(c.spanId));
    const updated = await tx.redaction.updateMany({ where: { id: redaction.id, version: input.expectedVersion }, data: { state: next, version: { increment: 1 } } });
    if (updated.count !== 1) throw new Conflict(STALE_VERSION);
    const review = await tx.redactionReview.create({
      data: { redactionId: redaction.id, reviewerId: reviewer.id, decision: "CHANGES_REQUESTED", textHash: redactionHash(redactedTextFor(loaded.text, loaded.work.spans)) },
    });
    // Comments may quote the span, so they are sealed like the rest of the source's secrets.
    await tx.redactionReview.update({ where: { id: review.id }, data: { commentsEnc: loaded.cipher.sealJson(`review:${review.id}:comments`, { general: input.general, spans }) } });
    await recordAuditEvent(tx, { actor: reviewer, action: "redaction.changes-requested", target: { type: "testimony", id: input.testimonyId }, requestId, details: { comments: spans.length + (input.general ? 1 : 0) } });
  });
}
