// Asked before a kit job is queued, so an unknown or unshared campaign is a 404 at once.
import "server-only";
import { db } from "@/lib/db/client";
import { campaignsSharedWith } from "../partner-items";

export async function campaignIsShared(partnerOrgId: string, campaignId: string): Promise<boolean> {
  return (await db().campaign.count({ where: { id: campaignId, ...campaignsSharedWith(partnerOrgId) } })) > 0;
}
