// A reviewer acknowledges, with a reason, every quasi-identifier of an item above its
// sources' thresholds. Acknowledgements hold for this version only: a new version needs new ones.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { m } from "@/lib/i18n/translate";
import { staleVersionMessage } from "@/lib/content/content-records";
import { assertMayReviewItem } from "@/lib/content/item-access";
import { assessItemDisclosure, disclosureSummary } from "./assess-item-disclosure";
import { DisclosureBlocked } from "./assert-disclosure-allows";
import { AcknowledgeFindingsInput } from "./schemas";

export const findingsChanged = () => m("disclosure.errors.findingsChanged");

export async function acknowledgeFindings(reviewer: Actor, raw: AcknowledgeFindingsInput, requestId: string): Promise<{ acknowledged: number }> {
  assertCan(reviewer, "disclosure:acknowledge");
  const input = parseInput(AcknowledgeFindingsInput, raw);
  return db().$transaction(async (tx) => {
    const item = await tx.contentItem.findUnique({ where: { id: input.itemId }, select: { id: true, version: true, state: true } });
    if (!item) throw new NotFound(m("disclosure.errors.itemNotFound"));
    if (item.version !== input.expectedVersion) throw new Conflict(staleVersionMessage(item.version));
    if (item.state !== "IN_REVIEW") throw new InvalidTransition(m("disclosure.errors.notInReview"));
    await assertMayReviewItem(tx, reviewer, item.id, m("disclosure.errors.editedByYou"));

    const d = (await assessItemDisclosure(tx, item.id, reviewer.id))!;
    if (d.refused.length > 0) throw new DisclosureBlocked(m("disclosure.errors.criticalNothingToAcknowledge"));
    const required = d.findings.filter((f) => f.needsAcknowledgement);
    if (required.length === 0) throw new InvalidInput(m("disclosure.errors.nothingToAcknowledge"));
    const known = new Set(required.map((f) => f.hash));
    if (input.factHashes.some((h) => !known.has(h))) throw new Conflict(findingsChanged());
    const ticked = new Set(input.factHashes);
    const missing = required.filter((f) => !ticked.has(f.hash));
    if (missing.length > 0) throw new InvalidInput(m("disclosure.errors.tickEach", { ticked: ticked.size, required: required.length }), { factHashes: [m("disclosure.errors.tickEvery")] });

    await tx.disclosureAcknowledgement.createMany({
      data: required.map((f) => ({ itemId: item.id, itemVersion: item.version, factHash: f.hash, kind: f.kind, weight: f.weight, reviewerId: reviewer.id, reason: input.reason })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, {
      actor: reviewer,
      action: "disclosure.acknowledged",
      target: { type: "content", id: item.id },
      requestId,
      details: { version: item.version, reason: input.reason, ...disclosureSummary({ ...d, findings: required }) },
    });
    return { acknowledged: required.length };
  });
}
