// Which content a partner organisation may reach: items in a campaign shared with it.
// Only PUBLISHED items are offered; RETIRED ones stay reachable only to explain why they are gone.
import type { Prisma } from "@/lib/db/generated/client";

/** Campaigns shared with the organisation. */
export function campaignsSharedWith(partnerOrgId: string) {
  return { partners: { some: { partnerOrgId } } } satisfies Prisma.CampaignWhereInput;
}

export function sharedWith(partnerOrgId: string): Prisma.ContentItemWhereInput {
  return { campaigns: { some: { campaign: campaignsSharedWith(partnerOrgId) } } };
}

export function publishedAndSharedWith(partnerOrgId: string): Prisma.ContentItemWhereInput {
  return { state: "PUBLISHED", ...sharedWith(partnerOrgId) };
}
