// What of a campaign reaches partners as words: its name and objective — in the portal,
// the partner API's campaign listing and the kit (manifest.json, README.txt, the ZIP's
// file name). Audiences, regions, languages and channels stay with staff, so the leak
// guard checks exactly these two; campaign-text.test.ts fails if a partner-facing shape
// starts carrying another field. No server imports: pages and client components use it.
import type { CheckedForm } from "@/lib/leak-guard/check-forms";

export const PARTNER_VISIBLE_CAMPAIGN_TEXT = { name: "Name", objective: "Objective" } as const;

export type CampaignTextField = keyof typeof PARTNER_VISIBLE_CAMPAIGN_TEXT;
export type CampaignText = Record<CampaignTextField, string>;

/**
 * The texts the guard reads. Both are read as Markdown as well as written: a partner's site
 * may render the objective, where "Abu Yu**suf**" reads as the name.
 */
export function campaignTextFields(text: CampaignText): CheckedForm[] {
  return (Object.keys(PARTNER_VISIBLE_CAMPAIGN_TEXT) as CampaignTextField[]).map((field) => ({
    field,
    label: PARTNER_VISIBLE_CAMPAIGN_TEXT[field],
    text: text[field],
    markdown: true,
  }));
}

/** The one suspension reason so far, stored as a code so that it can never carry the identifier. */
export const SUSPENDED_FOR_POSSIBLE_IDENTIFIER = "possible-identifier";

export const SUSPENSION_NOTICE = "Suspended: possible identifier in the name or objective; fix the text to lift the suspension.";
