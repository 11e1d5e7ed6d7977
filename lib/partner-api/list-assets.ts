// The assets a partner API token may take: PUBLISHED items in campaigns shared with its
// organisation, each naming only the campaigns shared with that organisation.
import "server-only";
import { kickNotices } from "@/lib/notices/kick-notices";
import { db } from "@/lib/db/client";
import { campaignsSharedWith, publishedAndSharedWith } from "@/lib/delivery/partner-items";
import type { Prisma } from "@/lib/db/generated/client";
import { keysetPage, readAhead } from "@/lib/lists/keyset";
import { keyOf, seekNewestFirst, type SortColumn } from "@/lib/lists/seek";
import { estimatedTotal, filteredRowEstimate } from "@/lib/lists/estimated-total";
import { partnerAssetsCondition } from "./partner-assets-condition";
import { apiRecipient, type PartnerCaller } from "./authenticate-partner-token";
import { recordBlockedDelivery } from "@/lib/delivery/verify-delivery";
import { leaksInListedTitles } from "@/lib/delivery/listed-title-leaks";
import type { AssetList } from "./schemas";

export const API_PAGE_SIZE = 100;

const ORDER: SortColumn = { field: "updatedAt", kind: "timestamp", tieBreakById: true };

export type AssetListRequest = { cursor?: string; page?: number };

/**
 * Most recently updated first. With a cursor, a keyset page; without one, the first page or
 * the deprecated ?page= by offset, with page and pageCount as before (and a nextCursor).
 * "invalid-cursor" when the cursor is not one this list gave.
 */
export async function listPartnerAssets(caller: PartnerCaller, request: AssetListRequest = {}): Promise<AssetList | "invalid-cursor"> {
  const { partnerOrgId } = caller;
  const where = publishedAndSharedWith(partnerOrgId);
  const seek = seekNewestFirst(request.cursor, ORDER);
  if (seek.rejected) return "invalid-cursor";
  // Existing integrations read pageCount from their first, parameterless request: it stays.
  const byPage = request.cursor === undefined;
  const pageNumber = request.page ?? 1;
  const [rows, total] = await Promise.all([
    db().contentItem.findMany({
      where: { AND: [where, seek.where as Prisma.ContentItemWhereInput] },
      orderBy: seek.orderBy as Prisma.ContentItemOrderByWithRelationInput[],
      ...(byPage ? { skip: (pageNumber - 1) * API_PAGE_SIZE } : {}),
      take: readAhead(API_PAGE_SIZE),
      select: {
        id: true,
        title: true,
        type: true,
        language: true,
        updatedAt: true,
        campaigns: { where: { campaign: campaignsSharedWith(partnerOrgId) }, orderBy: { campaignId: "asc" }, select: { campaignId: true } },
      },
    }),
    byPage ? estimatedTotal((limit) => db().contentItem.count({ where, take: limit }), () => filteredRowEstimate(db(), "ContentItem", partnerAssetsCondition(partnerOrgId))) : null,
  ]);
  // The next cursor follows the last row read, even one left out below for a possible identifier.
  const page = keysetPage(rows, API_PAGE_SIZE, byPage ? null : seek.cursor, keyOf(ORDER));
  const listed = await withoutPossibleIdentifiers(caller, page.items);
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
    nextCursor: page.next,
    ...(total ? { page: pageNumber, pageCount: Math.max(1, Math.ceil(total.count / API_PAGE_SIZE)) } : {}),
  };
}

/**
 * The listing carries each asset's title: a title that now matches an identifier is
 * left out, and its item suspended, as a download of it would be.
 */
async function withoutPossibleIdentifiers<T extends { id: string; title: string }>(caller: PartnerCaller, items: T[]): Promise<T[]> {
  const hits = await leaksInListedTitles(db(), items.map((item) => ({ field: item.id, label: "Title", text: item.title })));
  if (hits.length === 0) return items;
  const recipient = apiRecipient(caller);
  for (const itemId of new Set(hits.map((h) => h.field))) {
    await db().$transaction((tx) => recordBlockedDelivery(tx, { recipient, itemId, requestId: caller.requestId, format: "listing" }, hits.filter((h) => h.field === itemId)));
  }
  kickNotices();
  return items.filter((item) => !hits.some((h) => h.field === item.id));
}
