// The demo's campaign: every non-retired content item, shared with Demo Partner.
// Called by the demo seed after the content items exist. The domain is imported inside
// the function so that end-to-end tests can import the name without server-only modules.
import type { Actor } from "@/lib/auth/policy";
import { DEMO_PARTNER_ORG } from "./demo-accounts";

export const DEMO_CAMPAIGN_NAME = "Hunger, not a caliphate";

export async function seedDemoCampaign(editor: Actor, requestId: string): Promise<{ id: string }> {
  const { db } = await import("@/lib/db/client");
  const { createCampaign } = await import("@/lib/campaigns/create-campaign");
  const { addCampaignItem } = await import("@/lib/campaigns/campaign-items");
  const { shareCampaign } = await import("@/lib/campaigns/share-campaign");
  const year = new Date().getUTCFullYear();
  const campaign = await createCampaign(
    editor,
    {
      name: DEMO_CAMPAIGN_NAME,
      objective: "Show young men at risk of recruitment, in their own language, that former fighters left because of hunger, broken promises and brutality against fellow Muslims.",
      audiences: ["Young men 16–25", "Families of recruits"],
      regions: ["Northern Syria", "Southern Turkey"],
      languages: ["en", "ar"],
      channels: ["SOCIAL", "WEB", "PARTNER_DOWNLOAD"],
      startsOn: new Date(Date.UTC(year, 0, 1)),
      endsOn: new Date(Date.UTC(year + 1, 11, 31)),
    },
    requestId,
  );
  const items = await db().contentItem.findMany({ where: { state: { not: "RETIRED" } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  for (const item of items) await addCampaignItem(editor, { campaignId: campaign.id, itemId: item.id }, requestId);
  const partner = await db().partnerOrganization.findFirst({ where: { name: DEMO_PARTNER_ORG, active: true }, select: { id: true } });
  if (partner) await shareCampaign(editor, { campaignId: campaign.id, partnerOrgId: partner.id }, requestId);
  return campaign;
}
