import { m } from "@/lib/i18n/translate";
import type { Tx } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";

export const NO_SUCH_CAMPAIGN = "No such campaign.";
export const CAMPAIGN_CHANGED = "Someone else saved this campaign since you opened it; reload to see their changes before saving yours.";

export async function lockCampaign(tx: Tx, campaignId: string) {
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true, version: true } });
  if (!campaign) throw new NotFound(m("campaigns.errors.noSuchCampaign"));
  return campaign;
}
