// Sends a redaction to the reviewer the editor assigns. Refused while an uncovered dictionary entry or
// direct identifier remains that the editor has not dismissed with a reason.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { assertTestimonyTeamAccess } from "@/lib/sources/team/assert-source-access";
import { assignReviewerInTx } from "@/lib/reviews/assign-reviewer";
import { queueReviewRequests } from "@/lib/reviews/queue-review-requests";
import { kickNotices } from "@/lib/notices/kick-notices";
import { Conflict, InvalidInput, InvalidTransition, NotFound } from "@/lib/errors";
import { detectBeforeTransaction, loadRedaction, type LoadedRedaction } from "./load-redaction";
import { blockingRisks, residualRisks } from "./model/residual-risk";
import { acceptedSpans } from "./model/apply-redaction";
import { nextRedactionState, type RedactionState } from "./model/redaction-states";
import { dictionaryLeaks } from "./find-identifiers";
import { STALE_VERSION } from "./save-redaction";
import type { SubmitRedactionInput } from "./schemas";
import { m } from "@/lib/i18n/translate";

/** Messages name types and positions only: never the identifier itself. */
export function assertNothingExposed(loaded: LoadedRedaction): void {
  const blocking = blockingRisks(residualRisks(loaded.findings, loaded.work.spans, loaded.work.dismissals));
  if (blocking.length > 0) {
    const list = blocking.slice(0, 5).map((r) => `${r.fromDictionary ? "dictionary entry" : r.type} at ${r.start}–${r.end}`);
    throw new InvalidInput(
      `${blocking.length} identifier${blocking.length === 1 ? " is" : "s are"} still exposed (${list.join(", ")}${blocking.length > 5 ? ", …" : ""}). Cover or dismiss each with a reason.`,
    );
  }
  const generalisations = acceptedSpans(loaded.work.spans)
    .map((s) => (s.treatment.kind === "GENERALISE" ? s.treatment.text : ""))
    .join("\n");
  if (dictionaryLeaks(generalisations, loaded.dictionary) > 0) {
    throw new InvalidInput(m("redaction.errors.generalisationLeaks"));
  }
}

export async function submitRedaction(actor: Actor, input: z.infer<typeof SubmitRedactionInput>, requestId: string) {
  assertCan(actor, "redaction:submit");
  await assertTestimonyTeamAccess(actor, "redaction:submit", input.testimonyId, requestId);
  await detectBeforeTransaction(input.testimonyId);
  await db().$transaction(async (tx) => {
    const loaded = await loadRedaction(tx, input.testimonyId);
    const redaction = loaded.redaction;
    if (!redaction) throw new NotFound(m("redaction.errors.openFirst"));
    if (redaction.version !== input.expectedVersion) throw new Conflict(STALE_VERSION);
    const state = redaction.state as RedactionState;
    const next = nextRedactionState(state, "submit");
    if (!next) throw new InvalidTransition(m("redaction.errors.cannotSubmit", { state }));
    if (acceptedSpans(loaded.work.spans).length === 0 && loaded.findings.length > 0) {
      throw new InvalidInput(m("redaction.errors.nothingRedacted"));
    }
    assertNothingExposed(loaded);
    const updated = await tx.redaction.updateMany({
      where: { id: redaction.id, version: input.expectedVersion },
      // The submitter is an author too: they may not approve it, whatever role they hold later.
      data: { state: next, version: { increment: 1 }, submittedAt: new Date(), editorIds: redaction.editorIds.includes(actor.id) ? redaction.editorIds : [...redaction.editorIds, actor.id] },
    });
    if (updated.count !== 1) throw new Conflict(STALE_VERSION);
    await assignReviewerInTx(tx, actor, input.reviewerId, { redactionId: redaction.id }, [...redaction.editorIds, actor.id], requestId);
    await queueReviewRequests(tx, { kind: "redaction", redactionId: redaction.id, testimonyId: input.testimonyId }, [...redaction.editorIds, actor.id]);
    await recordAuditEvent(tx, { actor, action: "redaction.submitted", target: { type: "testimony", id: input.testimonyId }, requestId });
  });
  kickNotices();
}
