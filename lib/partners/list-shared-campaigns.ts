// What a partner organisation sees: the campaigns shared with it and, in them,
// only PUBLISHED items — titles and kinds, never drafts, notes or testimony. Each
// campaign's name and objective pass the leak guard just before they are shown.
import "server-only";
import { kickNotices } from "@/lib/notices/kick-notices";
import { campaignsSharedWith, OFFERED_ITEM } from "@/lib/delivery/partner-items";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { pageWindow, toPage } from "@/lib/pagination";
import { portalRecipient } from "@/lib/delivery/recipient";
import { recordBlockedDelivery } from "@/lib/delivery/verify-delivery";
import { leaksInListedTitles } from "@/lib/delivery/listed-title-leaks";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { withholdLeakingCampaigns } from "@/lib/delivery/withhold-leaking-campaigns";

export async function listSharedCampaigns(partner: Actor, page: number, requestId: string) {
  assertCan(partner, "portal:view");
  // Fail closed: a partner without an organisation sees nothing rather than everything.
  if (!partner.partnerOrgId) throw new NotAllowed();
  const where = campaignsSharedWith(partner.partnerOrgId);
  const [campaigns, total] = await db().$transaction([
    db().campaign.findMany({
      where,
      orderBy: [{ startsOn: "desc" }, { id: "asc" }],
      ...pageWindow(page, 10),
      select: {
        id: true,
        name: true,
        objective: true,
        startsOn: true,
        endsOn: true,
        items: {
          where: { item: OFFERED_ITEM },
          orderBy: { position: "asc" },
          select: { item: { select: { id: true, title: true, type: true, language: true, publishedAt: true } } },
        },
      },
    }),
    db().campaign.count({ where }),
  ]);
  const trigger = { channel: "portal", partnerOrgId: partner.partnerOrgId, user: partner, apiTokenId: null } as const;
  const shown = await withholdLeakingCampaigns(db(), campaigns, trigger, requestId);
  // A campaign suspended just now no longer counts; the next page read starts without it.
  return toPage(await withoutPossibleIdentifiers(partner, shown, requestId), total - (campaigns.length - shown.length), page, 10);
}

type Listed = { items: { item: { id: string; title: string } }[] };

/**
 * The list carries each item's title: a title that now matches an identifier is left out,
 * and its item suspended, as a download of it would be.
 */
async function withoutPossibleIdentifiers<C extends Listed>(partner: Actor, campaigns: C[], request: string): Promise<C[]> {
  const items = campaigns.flatMap((c) => c.items.map((i) => i.item));
  if (items.length === 0) return campaigns;
  await loadGuardWords();
  const hits = await leaksInListedTitles(db(), items.map((item) => ({ field: item.id, label: "Title", text: item.title })));
  if (hits.length === 0) return campaigns;
  const recipient = portalRecipient(partner);
  for (const itemId of new Set(hits.map((h) => h.field))) {
    if (recipient) await db().$transaction((tx) => recordBlockedDelivery(tx, { recipient, itemId, requestId: request, format: "listing" }, hits.filter((h) => h.field === itemId)));
  }
  kickNotices();
  const blocked = new Set(hits.map((h) => h.field));
  return campaigns.map((c) => ({ ...c, items: c.items.filter((i) => !blocked.has(i.item.id)) }));
}
