import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { WithdrawConsentInput } from "./schemas";
import { consentChanged } from "./update-consent";
import { retireItemsDerivedFromSource } from "@/lib/content/retire-items-derived-from-source";
import { kickNotices } from "@/lib/notices/kick-notices";
import { m } from "@/lib/i18n/translate";

/**
 * Marks the consent withdrawn as of now; it cannot be edited afterwards. Any editor may record
 * a withdrawal, on the team or not: it only ever protects the source, and the call may reach
 * whoever answers the phone.
 */
export async function withdrawConsent(actor: Actor, raw: WithdrawConsentInput, requestId: string): Promise<void> {
  assertCan(actor, "sources:edit");
  const input = parseInput(WithdrawConsentInput, raw);
  await db().$transaction(async (tx) => {
    const consent = await tx.consent.findUnique({ where: { sourceId: input.sourceId }, select: { version: true, withdrawnAt: true } });
    if (!consent) throw new NotFound(m("sources.errors.noConsent"));
    if (consent.withdrawnAt) throw new InvalidTransition(m("sources.errors.alreadyWithdrawn"));
    const updated = await tx.consent.updateMany({
      where: { sourceId: input.sourceId, version: input.version, withdrawnAt: null },
      data: { withdrawnAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new Conflict(consentChanged());
    await recordAuditEvent(tx, { actor, action: "consent.updated", target: { type: "source", id: input.sourceId }, requestId, details: { change: "withdrawn" } });
    await retireItemsDerivedFromSource(tx, input.sourceId, actor, requestId);
  });
  kickNotices();
}
