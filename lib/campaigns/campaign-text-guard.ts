// The leak guard over a campaign's partner-visible text (campaign-text.ts), at save and at
// share: a hit refuses the step, says where (field, kind, position) and never repeats the
// identifier. Delivery-time checks live in lib/delivery/withhold-leaking-campaigns.ts.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { InvalidInput } from "@/lib/errors";
import { describeHit, findLeaks, ReleaseBlocked, type CheckedField, type LeakHit } from "@/lib/content/leak-guard";
import { campaignTextFields, type CampaignText } from "./campaign-text";

export type CampaignTextFindings = { fields: CheckedField[]; hits: LeakHit[] };

export async function findCampaignTextLeaks(client: Db | Tx, text: CampaignText): Promise<CampaignTextFindings> {
  const fields = campaignTextFields(text);
  return { fields, hits: await findLeaks(client, fields) };
}

/** "Objective: source dictionary entry (ALIAS) at 23–41 — remove or generalise it" */
export function campaignHitMessage(hit: LeakHit, fields: readonly CheckedField[]): string {
  return `${describeHit(hit, fields)} — remove or generalise it`;
}

/** Refuses a save whose name or objective may identify a source, with an error under each field. */
export async function assertCampaignTextClean(client: Db | Tx, text: CampaignText): Promise<void> {
  const { fields, hits } = await findCampaignTextLeaks(client, text);
  if (hits.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const hit of hits) (fieldErrors[hit.field] ??= []).push(campaignHitMessage(hit, fields));
  throw new InvalidInput("This campaign may identify a source: remove or generalise what is marked before saving.", fieldErrors);
}

/** Refuses to share a campaign whose stored text may identify a source (dictionaries grow after a save). */
export async function assertCampaignShareable(client: Db | Tx, text: CampaignText): Promise<void> {
  const { fields, hits } = await findCampaignTextLeaks(client, text);
  if (hits.length === 0) return;
  const listed = hits.slice(0, 10).map((hit) => campaignHitMessage(hit, fields)).join("; ");
  const more = hits.length > 10 ? `; and ${hits.length - 10} more` : "";
  throw new ReleaseBlocked(`This campaign cannot be shared: its text may identify a source. ${listed}${more}.`);
}
