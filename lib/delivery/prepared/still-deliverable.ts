// A prepared file waits up to an hour for its fetch; an item may be retired, withdrawn or
// suspended (a re-check found an identifier), a campaign suspended, or the organisation
// deactivated meanwhile. So each item the file carries is judged again, by loadDeliverable as
// at preparation, before the file leaves: the same rule as when kits and PDFs were served in
// the request that asked.
import "server-only";
import { db } from "@/lib/db/client";
import { NOT_AVAILABLE } from "../verify-delivery";
import { loadDeliverable } from "../load-deliverable";
import { campaignsSharedWith } from "../partner-items";

/** Null when every item the file carries may still leave; otherwise the reason, written for the partner. */
export async function refusalAtFetch(partnerOrgId: string, reference: string): Promise<string | null> {
  const first = await db().download.findUnique({ where: { reference }, select: { itemId: true, kitId: true, campaignId: true } });
  // the download was struck off (the verifier found an identifier in what it served)
  if (!first) return NOT_AVAILABLE;
  const carried = first.kitId ? await db().download.findMany({ where: { kitId: first.kitId, partnerOrgId }, select: { itemId: true }, orderBy: { createdAt: "asc" } }) : [first];
  if (first.campaignId && first.kitId) {
    const shared = await db().campaign.count({ where: { id: first.campaignId, ...campaignsSharedWith(partnerOrgId) } });
    if (shared === 0) return NOT_AVAILABLE;
  }
  for (const { itemId } of carried) {
    const verdict = await loadDeliverable(db(), partnerOrgId, itemId);
    if (!verdict) return NOT_AVAILABLE;
    if (verdict.refusal) return first.kitId ? "This kit is no longer available as prepared: some of its material has changed since. Ask for the kit again." : verdict.refusal;
  }
  return null;
}
