// The leak guard over a campaign's partner-visible text (campaign-text.ts), at save and at
// share: a hit refuses the step, says where (field, kind, position) and never repeats the
// identifier. Delivery-time checks live in lib/delivery/withhold-leaking-campaigns.ts.
import "server-only";
import { m } from "@/lib/i18n/translate";
import type { Db, Tx } from "@/lib/db/client";
import { InvalidInput } from "@/lib/errors";
import { findLeaks, ReleaseBlocked, type CheckedField, type LeakHit } from "@/lib/content/leak-guard";
import { describeLeak } from "@/lib/content/wording";
import { campaignTextFields, type CampaignText } from "./campaign-text";

export type CampaignTextFindings = { fields: CheckedField[]; hits: LeakHit[] };

export async function findCampaignTextLeaks(client: Db | Tx, text: CampaignText): Promise<CampaignTextFindings> {
  const fields = campaignTextFields(text);
  return { fields, hits: await findLeaks(client, fields) };
}

/** "Objective: source dictionary entry (ALIAS) at 23–41 — remove or generalise it" */
export function campaignHitMessage(hit: LeakHit, fields: readonly CheckedField[]): string {
  return m("campaigns.errors.hit", { hit: describeLeak(hit, fields, m) });
}

/** Refuses a save whose name or objective may identify a source, with an error under each field. */
export async function assertCampaignTextClean(client: Db | Tx, text: CampaignText): Promise<void> {
  const { fields, hits } = await findCampaignTextLeaks(client, text);
  if (hits.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const hit of hits) (fieldErrors[hit.field] ??= []).push(campaignHitMessage(hit, fields));
  throw new InvalidInput(m("campaigns.errors.mayIdentify"), fieldErrors);
}

/** Refuses to share a campaign whose stored text may identify a source (dictionaries grow after a save). */
export async function assertCampaignShareable(client: Db | Tx, text: CampaignText): Promise<void> {
  const { fields, hits } = await findCampaignTextLeaks(client, text);
  if (hits.length === 0) return;
  const listed = hits.slice(0, 10).map((hit) => campaignHitMessage(hit, fields)).join("; ");
  const more = hits.length > 10 ? m("content.leaks.andMore", { count: hits.length - 10 }) : "";
  throw new ReleaseBlocked(m("campaigns.errors.cannotShare", { hits: `${listed}${more}` }));
}
