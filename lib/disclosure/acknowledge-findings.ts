// A reviewer acknowledges, with a reason, every quasi-identifier of an item above its
// sources' thresholds. Acknowledgements hold for this version only: a new version needs new ones.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { staleVersionMessage } from "@/lib/content/content-records";
import { assertMayReviewItem } from "@/lib/content/item-access";
import { assessItemDisclosure, disclosureSummary } from "./assess-item-disclosure";
import { DisclosureBlocked } from "./assert-disclosure-allows";
import { AcknowledgeFindingsInput } from "./schemas";

export const FINDINGS_CHANGED = "The findings changed since you opened the item; reload it and acknowledge what it reveals now.";

export async function acknowledgeFindings(reviewer: Actor, raw: AcknowledgeFindingsInput, requestId: string): Promise<{ acknowledged: number }> {
  assertCan(reviewer, "disclosure:acknowledge");
  const input = parseInput(AcknowledgeFindingsInput, raw);
  return db().$transaction(async (tx) => {
    const item = await tx.contentItem.findUnique({ where: { id: input.itemId }, select: { id: true, version: true, state: true } });
    if (!item) throw new NotFound("This content item does not exist.");
    if (item.version !== input.expectedVersion) throw new Conflict(staleVersionMessage(item.version));
    if (item.state !== "IN_REVIEW") throw new InvalidTransition("Only an item in review has findings to acknowledge.");
    await assertMayReviewItem(tx, reviewer, item.id, "You edited or submitted a version of this item, so another reviewer must acknowledge and approve it.");

    const d = (await assessItemDisclosure(tx, item.id, reviewer.id))!;
    if (d.refused.length > 0) throw new DisclosureBlocked("A source of this item is at critical risk and the item exceeds its threshold: it cannot be approved, so there is nothing to acknowledge. Send it back for changes.");
    const required = d.findings.filter((f) => f.needsAcknowledgement);
    if (required.length === 0) throw new InvalidInput("Nothing in this item needs acknowledging: no source's threshold is exceeded.");
    const known = new Set(required.map((f) => f.hash));
    if (input.factHashes.some((h) => !known.has(h))) throw new Conflict(FINDINGS_CHANGED);
    const ticked = new Set(input.factHashes);
    const missing = required.filter((f) => !ticked.has(f.hash));
    if (missing.length > 0) throw new InvalidInput(`Acknowledge each finding: ${ticked.size} of ${required.length} ticked.`, { factHashes: ["Tick every finding, or send the item back for changes."] });

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
