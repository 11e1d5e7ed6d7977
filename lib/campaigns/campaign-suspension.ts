// Suspending a shared campaign whose text the leak guard now flags, and lifting it when a
// clean text is saved. A suspended campaign stops counting as shared (campaignsSharedWith),
// so the portal, the partner API and the kit stop showing it together. The audit trail
// records the trigger with ids and kinds only — never the text or a position in it.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { LeakHit } from "@/lib/content/leak-guard";
import { SUSPENDED_FOR_POSSIBLE_IDENTIFIER } from "./campaign-text";

/** Who was about to receive the text when the guard stopped it. */
export type SuspensionTrigger = {
  channel: "portal" | "api" | "kit";
  partnerOrgId: string;
  user: { id: string; email: string } | null;
  apiTokenId: string | null;
};

/** Suspends the campaign unless it already is; true when this call suspended it. */
export async function suspendCampaign(client: Db | Tx, campaignId: string, hits: LeakHit[], trigger: SuspensionTrigger, requestId: string): Promise<boolean> {
  const suspended = await client.campaign.updateMany({
    where: { id: campaignId, suspendedAt: null },
    data: { suspendedAt: new Date(), suspendedReason: SUSPENDED_FOR_POSSIBLE_IDENTIFIER },
  });
  if (suspended.count === 0) return false;
  await recordAuditEvent(client, {
    actor: trigger.user,
    action: "campaign.suspended",
    target: { type: "campaign", id: campaignId },
    requestId,
    details: {
      reason: SUSPENDED_FOR_POSSIBLE_IDENTIFIER,
      trigger: { channel: trigger.channel, partnerOrgId: trigger.partnerOrgId, apiTokenId: trigger.apiTokenId },
      findings: hits.map((hit) => ({ field: hit.field, type: hit.type, fromDictionary: hit.fromDictionary, sourceId: hit.sourceId })),
    },
  });
  return true;
}

/** Called after a clean text was saved in the same transaction; a no-op for a campaign that is not suspended. */
export async function liftSuspension(tx: Tx, campaignId: string, actor: { id: string; email: string }, requestId: string): Promise<void> {
  const lifted = await tx.campaign.updateMany({ where: { id: campaignId, suspendedAt: { not: null } }, data: { suspendedAt: null, suspendedReason: null } });
  if (lifted.count === 0) return;
  await recordAuditEvent(tx, { actor, action: "campaign.suspension-lifted", target: { type: "campaign", id: campaignId }, requestId });
}
