// The assets a partner API token may take: PUBLISHED items in campaigns shared with its
// organisation, each naming only the campaigns shared with that organisation.
import "server-only";
import { db } from "@/lib/db/client";
import { campaignsSharedWith, publishedAndSharedWith } from "@/lib/delivery/partner-items";
import { pageWindow } from "@/lib/pagination";
import type { PartnerCaller } from "./authenticate-partner-token";
import type { AssetList } from "./schemas";

export const API_PAGE_SIZE = 100;

export async function listPartnerAssets(caller: PartnerCaller, page: number): Promise<AssetList> {
  const { partnerOrgId } = caller;
  const where = publishedAndSharedWith(partnerOrgId);
  const [items, total] = await db().$transaction([
    db().contentItem.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageWindow(page, API_PAGE_SIZE),
      select: {
        id: true,
        title: true,
        type: true,
        language: true,
        updatedAt: true,
        campaigns: { where: { campaign: campaignsSharedWith(partnerOrgId) }, orderBy: { campaignId: "asc" }, select: { campaignId: true } },
      },
    }),
    db().contentItem.count({ where }),
  ]);
  return {
    assets: items.map((item) => ({
      id: item.id,
      title: item.title,
      type: item.type,
      language: item.language,
      status: "PUBLISHED" as const,
      campaignIds: item.campaigns.map((c) => c.campaignId),
      updatedAt: item.updatedAt.toISOString(),
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / API_PAGE_SIZE)),
  };
}
