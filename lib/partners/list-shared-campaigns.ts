// What a partner organisation sees: the campaigns shared with it and, in them,
// only PUBLISHED items — titles and kinds, never drafts, notes or testimony.
import "server-only";
import { campaignsSharedWith, OFFERED_ITEM } from "@/lib/delivery/partner-items";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { pageWindow, toPage } from "@/lib/pagination";

export async function listSharedCampaigns(partner: Actor, page: number) {
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
  return toPage(campaigns, total, page, 10);
}
