// The campaigns shared with a partner API token's organisation, with their published assets;
// each campaign's name and objective pass the leak guard just before they are sent.
import "server-only";
import { campaignsSharedWith, OFFERED_ITEM } from "@/lib/delivery/partner-items";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/pagination";
import type { PartnerCaller } from "./authenticate-partner-token";
import { API_PAGE_SIZE } from "./list-assets";
import type { CampaignList } from "./schemas";
import { withholdLeakingCampaigns } from "@/lib/delivery/withhold-leaking-campaigns";

export async function listPartnerCampaigns(caller: PartnerCaller, page: number): Promise<CampaignList> {
  const where = campaignsSharedWith(caller.partnerOrgId);
  const [campaigns, total] = await db().$transaction([
    db().campaign.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(page, API_PAGE_SIZE),
      select: {
        id: true,
        name: true,
        objective: true,
        startsOn: true,
        endsOn: true,
        items: { where: { item: OFFERED_ITEM }, orderBy: [{ position: "asc" }, { itemId: "asc" }], select: { itemId: true } },
      },
    }),
    db().campaign.count({ where }),
  ]);
  const trigger = { channel: "api", partnerOrgId: caller.partnerOrgId, user: null, apiTokenId: caller.tokenId } as const;
  const sent = await withholdLeakingCampaigns(db(), campaigns, trigger, caller.requestId);
  return {
    campaigns: sent.map((c) => ({
      id: c.id,
      name: c.name,
      objective: c.objective,
      startsOn: c.startsOn?.toISOString() ?? null,
      endsOn: c.endsOn?.toISOString() ?? null,
      assetIds: c.items.map((i) => i.itemId),
    })),
    page,
    pageCount: Math.max(1, Math.ceil((total - (campaigns.length - sent.length)) / API_PAGE_SIZE)),
  };
}
