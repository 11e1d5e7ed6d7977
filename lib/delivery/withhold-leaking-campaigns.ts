// Just before a campaign's text reaches a partner, the leak guard reads it again in the form
// it is served: a dictionary may have learned an alias after the campaign was shared. A
// campaign that now matches is suspended (and so stops counting as shared everywhere) and
// left out of this answer; the others pass unchanged. Fails closed: if the check cannot
// run, the error propagates and nothing is served.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { findLeaks, type CheckedField, type LeakHit } from "@/lib/content/leak-guard";
import { campaignTextFields, type CampaignText } from "@/lib/campaigns/campaign-text";
import { suspendCampaign, type SuspensionTrigger } from "@/lib/campaigns/campaign-suspension";

type ServedCampaign = CampaignText & { id: string };

/** Texts a channel derives from the campaign's own (the kit's file name, its README heading). */
export type DerivedForms<T> = (campaign: T) => CheckedField[];

const SEPARATOR = "|";

export async function withholdLeakingCampaigns<T extends ServedCampaign>(client: Db | Tx, campaigns: T[], trigger: SuspensionTrigger, requestId: string, derived?: DerivedForms<T>): Promise<T[]> {
  if (campaigns.length === 0) return campaigns;
  // One call for all of them, one text after the other: it may run inside a transaction,
  // whose single connection does not take concurrent queries.
  const forms = campaigns.flatMap((campaign) =>
    [...campaignTextFields(campaign), ...(derived?.(campaign) ?? [])].map((form) => ({ ...form, field: `${campaign.id}${SEPARATOR}${form.field}` })),
  );
  const hits = await findLeaks(client, forms);
  if (hits.length === 0) return campaigns;

  const hitsByCampaign = new Map<string, LeakHit[]>();
  for (const hit of hits) {
    const at = hit.field.indexOf(SEPARATOR);
    const campaignId = hit.field.slice(0, at);
    hitsByCampaign.set(campaignId, [...(hitsByCampaign.get(campaignId) ?? []), { ...hit, field: hit.field.slice(at + 1) }]);
  }
  for (const [campaignId, found] of hitsByCampaign) await suspendCampaign(client, campaignId, found, trigger, requestId);
  return campaigns.filter((campaign) => !hitsByCampaign.has(campaign.id));
}
