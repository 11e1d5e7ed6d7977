// A prepared file waits up to an hour for its fetch; an item may be retired, withdrawn,
// suspended (a re-check found an identifier) or edited and published again, a campaign
// renamed or suspended, or the organisation deactivated meanwhile. So each item the file
// carries is judged again, by loadDeliverable as at preparation, and must still be the version
// the file carries (a kit's campaign too), before the file leaves: the same rule as when kits
// and PDFs were served in the request that asked.
import "server-only";
import { db } from "@/lib/db/client";
import { NOT_AVAILABLE } from "../verify-delivery";
import { loadDeliverable } from "../load-deliverable";
import { campaignsSharedWith } from "../partner-items";

const KIT_CHANGED = "This kit is no longer available as prepared: some of its material has changed since. Ask for the kit again.";
const ITEM_CHANGED = "This file is no longer available as prepared: the item has changed since. Ask for it again.";

/** Null when every item the file carries may still leave; otherwise the reason, written for the partner. */
export async function refusalAtFetch(partnerOrgId: string, reference: string, campaignVersion: number | null = null): Promise<string | null> {
  const first = await db().download.findUnique({ where: { reference }, select: { itemId: true, itemVersion: true, kitId: true, campaignId: true } });
  // the download was struck off (the verifier found an identifier in what it served)
  if (!first) return NOT_AVAILABLE;
  const carried = first.kitId ? await db().download.findMany({ where: { kitId: first.kitId, partnerOrgId }, select: { itemId: true, itemVersion: true }, orderBy: { createdAt: "asc" } }) : [first];
  if (first.campaignId && first.kitId) {
    const campaign = await db().campaign.findFirst({ where: { id: first.campaignId, ...campaignsSharedWith(partnerOrgId) }, select: { version: true } });
    if (!campaign) return NOT_AVAILABLE;
    // renamed or rewritten since: the kit carries the name and objective the editors replaced
    if (campaign.version !== campaignVersion) return KIT_CHANGED;
  }
  for (const { itemId, itemVersion } of carried) {
    const verdict = await loadDeliverable(db(), partnerOrgId, itemId);
    if (!verdict) return NOT_AVAILABLE;
    if (verdict.refusal) return first.kitId ? KIT_CHANGED : verdict.refusal;
    // taken back, edited and published again: the file carries words the editors took out
    if (verdict.item.version !== itemVersion) return first.kitId ? KIT_CHANGED : ITEM_CHANGED;
  }
  return null;
}
