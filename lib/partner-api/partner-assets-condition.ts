// The partner asset list's filter (publishedAndSharedWith in lib/delivery/partner-items.ts)
// in SQL, for the planner's row estimate behind the deprecated pageCount.
import { Prisma } from "@/lib/db/generated/client";

export function partnerAssetsCondition(partnerOrgId: string): Prisma.Sql {
  return Prisma.sql`"state" = 'PUBLISHED' AND "suspendedAt" IS NULL AND EXISTS (
    SELECT 1 FROM "CampaignItem" ci JOIN "Campaign" c ON c."id" = ci."campaignId"
    WHERE ci."itemId" = "ContentItem"."id" AND c."suspendedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "CampaignPartner" cp WHERE cp."campaignId" = c."id" AND cp."partnerOrgId" = ${partnerOrgId}))`;
}
