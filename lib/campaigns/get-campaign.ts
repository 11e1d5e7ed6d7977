import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { readinessOf } from "./readiness";
import { findCampaignTextLeaks } from "./campaign-text-guard";

/**
 * The campaign page: details, items in order, partners, whether it is suspended and what the
 * leak guard finds in its name and objective now; null when there is no such campaign.
 */
export async function getCampaign(actor: Actor, campaignId: string) {
  assertCan(actor, "campaigns:view");
  const campaign = await db().campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      name: true,
      objective: true,
      audiences: true,
      regions: true,
      languages: true,
      channels: true,
      startsOn: true,
      endsOn: true,
      version: true,
      suspendedAt: true,
      suspendedReason: true,
      items: {
        orderBy: [{ position: "asc" }, { addedAt: "asc" }],
        select: { item: { select: { id: true, title: true, type: true, state: true, language: true } } },
      },
      partners: { orderBy: { partnerOrg: { name: "asc" } }, select: { sharedAt: true, partnerOrg: { select: { id: true, name: true, active: true } } } },
    },
  });
  if (!campaign) return null;
  const readiness = (await readinessOf(db(), [campaign.id])).get(campaign.id)!;
  // Checked on every view: the dictionaries may have grown since the last save.
  const textFindings = await findCampaignTextLeaks(db(), campaign);
  return { ...campaign, items: campaign.items.map((i) => i.item), partners: campaign.partners.map((p) => ({ ...p.partnerOrg, sharedAt: p.sharedAt })), readiness, textFindings };
}

/** Active organisations the campaign is not yet shared with. */
export async function listShareablePartners(actor: Actor, campaignId: string) {
  assertCan(actor, "campaigns:edit");
  return db().partnerOrganization.findMany({
    where: { active: true, campaigns: { none: { campaignId } } },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true },
  });
}

/** Items not yet in the campaign whose title contains the words typed. */
export async function findItemsToAdd(actor: Actor, campaignId: string, title: string) {
  assertCan(actor, "campaigns:edit");
  return db().contentItem.findMany({
    where: { title: { contains: title.trim(), mode: "insensitive" }, campaigns: { none: { campaignId } } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, title: true, state: true, language: true, type: true },
  });
}
