// The assets a partner API token may take: PUBLISHED items in campaigns shared with its
// organisation, each naming only the campaigns shared with that organisation.
import "server-only";
import { kickNotices } from "@/lib/notices/kick-notices";
import { db } from "@/lib/db/client";
import { campaignsSharedWith, publishedAndSharedWith } from "@/lib/delivery/partner-items";
import { pageWindow } from "@/lib/pagination";
import { apiRecipient, type PartnerCaller } from "./authenticate-partner-token";
import { leaksIn, recordBlockedDelivery } from "@/lib/delivery/verify-delivery";
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
  const listed = await withoutPossibleIdentifiers(caller, items);
  return {
    assets: listed.map((item) => ({
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

/**
 * The listing carries each asset's title: a title that now matches an identifier is
 * left out, and its item suspended, as a download of it would be.
 */
async function withoutPossibleIdentifiers<T extends { id: string; title: string }>(caller: PartnerCaller, items: T[]): Promise<T[]> {
  const hits = await leaksIn(db(), items.map((item) => ({ field: item.id, label: "Title", text: item.title })));
  if (hits.length === 0) return items;
  const recipient = apiRecipient(caller);
  for (const itemId of new Set(hits.map((h) => h.field))) {
    await db().$transaction((tx) => recordBlockedDelivery(tx, { recipient, itemId, requestId: caller.requestId, format: "listing" }, hits.filter((h) => h.field === itemId)));
  }
  kickNotices();
  return items.filter((item) => !hits.some((h) => h.field === item.id));
}
