// Saves the editor's decisions. Approval is pinned to the redacted text, so a
// change to it while in review or after approval reopens the redaction.
import "server-only";
import type { z } from "zod";
import { dispatchRecheck, requestRecheck } from "@/lib/leak-guard/recheck/recheck-published";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { assertTestimonyTeamAccess } from "@/lib/sources/team/assert-source-access";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";
import { detectBeforeTransaction, loadRedaction, workField } from "./load-redaction";
import { findOverlap, redactedTextFor } from "./model/apply-redaction";
import { nextRedactionState, type RedactionState } from "./model/redaction-states";
import type { RedactionWork } from "./model/types";
import type { SaveRedactionInput } from "./schemas";
import { m } from "@/lib/i18n/translate";

export const STALE_VERSION = "Someone else saved this redaction since you opened it. Reload to see their changes; your unsaved decisions are still on screen.";

function validateWork(text: string, work: RedactionWork) {
  const outside = work.spans.find((s) => s.end > text.length || s.start >= s.end);
  if (outside) throw new InvalidInput(m("redaction.errors.spanOutside"));
  if (findOverlap(work.spans)) throw new InvalidInput(m("redaction.errors.overlap"));
}

export async function saveRedaction(actor: Actor, input: z.infer<typeof SaveRedactionInput>, requestId: string) {
  assertCan(actor, "redaction:edit");
  await assertTestimonyTeamAccess(actor, "redaction:edit", input.testimonyId, requestId);
  await detectBeforeTransaction(input.testimonyId);
  const { runId, ...saved } = await db().$transaction(async (tx) => {
    const loaded = await loadRedaction(tx, input.testimonyId);
    const redaction = loaded.redaction;
    if (!redaction) throw new NotFound(m("redaction.errors.openFirst"));
    if (redaction.version !== input.expectedVersion) throw new Conflict(STALE_VERSION);
    validateWork(loaded.text, input.work);

    const now = new Date().toISOString();
    const previousKeys = new Set(loaded.work.dismissals.map((d) => d.key));
    const dismissals = input.work.dismissals.map((d) =>
      previousKeys.has(d.key) ? (loaded.work.dismissals.find((p) => p.key === d.key) ?? d) : { ...d, by: actor.id, at: now },
    );
    const newDismissals = dismissals.filter((d) => !previousKeys.has(d.key)).length;
    const textChanged = redactedTextFor(loaded.text, input.work.spans) !== redactedTextFor(loaded.text, loaded.work.spans);
    const state = redaction.state as RedactionState;
    const nextState = textChanged ? nextRedactionState(state, "edit")! : state;

    const updated = await tx.redaction.updateMany({
      where: { id: redaction.id, version: input.expectedVersion },
      data: {
        workEnc: loaded.cipher.sealJson(workField(redaction.id), { spans: input.work.spans, dismissals }),
        version: { increment: 1 },
        state: nextState,
        editorIds: redaction.editorIds.includes(actor.id) ? redaction.editorIds : [...redaction.editorIds, actor.id],
      },
    });
    if (updated.count !== 1) throw new Conflict(STALE_VERSION);
    const target = { type: "testimony", id: input.testimonyId };
    await recordAuditEvent(tx, { actor, action: "redaction.saved", target, requestId, details: { spans: input.work.spans.length, state: nextState } });
    if (newDismissals > 0) await recordAuditEvent(tx, { actor, action: "redaction.risk-dismissed", target, requestId, details: { count: newDismissals } });
    let runId: string | null = null;
    if (nextState !== state && (state === "APPROVED" || state === "IN_REVIEW")) {
      await tx.redactedText.deleteMany({ where: { redactionId: redaction.id } });
      await recordAuditEvent(tx, { actor, action: "redaction.reopened", target, requestId, details: { from: state } });
      // something in the approved text was wrong: what was published from it is checked again
      if (state === "APPROVED") runId = await requestRecheck(tx, { trigger: "REDACTION_REOPENED", sourceId: loaded.testimony.sourceId, actor, requestId });
    }
    return { version: redaction.version + 1, state: nextState, runId };
  });
  await dispatchRecheck(runId);
  return saved;
}
