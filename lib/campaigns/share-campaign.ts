// Sharing a campaign with partner organisations: active organisations only, and only while
// its name and objective pass the leak guard (dictionaries may have grown since the save).
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { CampaignPartnerInput } from "./schemas";
import { lockCampaign } from "./campaign-records";
import { assertCampaignShareable } from "./campaign-text-guard";
import { itemsNewlyReachable, queuePublishedTo } from "@/lib/notices/webhooks/asset-events";
import { kickNotices } from "@/lib/notices/kick-notices";

export const CHANGED_WHILE_CHECKED = "The campaign changed while it was being checked; reload it and share again.";
export const SUSPENDED_CANNOT_BE_SHARED = "This campaign is suspended and cannot be shared: save a name and objective that pass the check to lift the suspension first.";

export async function shareCampaign(actor: Actor, raw: CampaignPartnerInput, requestId: string) {
  assertCan(actor, "campaigns:edit");
  const input = parseInput(CampaignPartnerInput, raw);
  // The stored text, checked again (it passed at its save, but a dictionary may have grown
  // since) before the transaction: the first check after an upgrade may rebuild the index.
  const checked = await db().campaign.findUnique({ where: { id: input.campaignId }, select: { name: true, objective: true, version: true } });
  if (!checked) throw new NotFound(m("campaigns.errors.noSuchCampaign"));
  await assertCampaignShareable(db(), checked);
  await db().$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true, version: true, suspendedAt: true } });
    if (!campaign) throw new NotFound(m("campaigns.errors.noSuchCampaign"));
    if (campaign.version !== checked.version) throw new Conflict(m("campaigns.errors.changedWhileChecked"));
    if (campaign.suspendedAt) throw new Conflict(m("campaigns.errors.suspendedCannotBeShared"));
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId }, select: { id: true, active: true } });
    if (!org || !org.active) throw new NotFound(m("campaigns.errors.noSuchPartner"));
    const existing = await tx.campaignPartner.findUnique({ where: { campaignId_partnerOrgId: { campaignId: campaign.id, partnerOrgId: org.id } } });
    if (existing) throw new Conflict(m("campaigns.errors.alreadyShared"));
    const reachable = await itemsNewlyReachable(tx, campaign.id, org.id);
    await tx.campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
    await queuePublishedTo(tx, org.id, reachable);
    await recordAuditEvent(tx, { actor, action: "campaign.shared", target: { type: "campaign", id: campaign.id }, requestId, details: { partnerOrgId: org.id } });
  });
  kickNotices();
}

export async function unshareCampaign(actor: Actor, raw: CampaignPartnerInput, requestId: string) {
  assertCan(actor, "campaigns:edit");
  const input = parseInput(CampaignPartnerInput, raw);
  await db().$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, input.campaignId);
    const removed = await tx.campaignPartner.deleteMany({ where: { campaignId: campaign.id, partnerOrgId: input.partnerOrgId } });
    if (removed.count === 0) throw new NotFound(m("campaigns.errors.notShared"));
    await recordAuditEvent(tx, { actor, action: "campaign.unshared", target: { type: "campaign", id: campaign.id }, requestId, details: { partnerOrgId: input.partnerOrgId } });
  });
}
