// Which content a partner organisation may reach: items in a campaign shared with it.
// Only PUBLISHED items that are not suspended are offered; RETIRED and suspended ones stay
// reachable only to explain why they are gone.
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Campaigns shared with the organisation. A suspended campaign (its text may now identify a
 * source) does not count, so the portal, the API, the kit and the items reached through it
 * all stop at once.
 */
export function campaignsSharedWith(partnerOrgId: string) {
  return { suspendedAt: null, partners: { some: { partnerOrgId } } } satisfies Prisma.CampaignWhereInput;
}

export function sharedWith(partnerOrgId: string): Prisma.ContentItemWhereInput {
  return { campaigns: { some: { campaign: campaignsSharedWith(partnerOrgId) } } };
}

/** An item a partner may be offered: published, and not suspended for a possible identifier. */
export const OFFERED_ITEM = { state: "PUBLISHED", suspendedAt: null } satisfies Prisma.ContentItemWhereInput;

export function publishedAndSharedWith(partnerOrgId: string): Prisma.ContentItemWhereInput {
  return { ...OFFERED_ITEM, ...sharedWith(partnerOrgId) };
}
