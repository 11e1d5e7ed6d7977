// What a partner organisation sees: the campaigns shared with it and, in them,
// only PUBLISHED items — titles and kinds, never drafts, notes or testimony. Each
// campaign's name and objective pass the leak guard just before they are shown.
import "server-only";
import { campaignsSharedWith } from "@/lib/delivery/partner-items";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { pageWindow, toPage } from "@/lib/pagination";
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
          where: { item: { state: "PUBLISHED" } },
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
  return toPage(shown, total - (campaigns.length - shown.length), page, 10);
}
