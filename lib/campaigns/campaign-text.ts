// What of a campaign reaches partners as words: its name and objective — in the portal,
// the partner API's campaign listing and the kit (manifest.json, README.txt, the ZIP's
// file name). Audiences, regions, languages and channels stay with staff, so the leak
// guard checks exactly these two; campaign-text.test.ts fails if a partner-facing shape
// starts carrying another field. No server imports: pages and client components use it.
import type { CheckedForm } from "@/lib/leak-guard/check-forms";

export const PARTNER_VISIBLE_CAMPAIGN_TEXT = { name: "Name", objective: "Objective" } as const;

export type CampaignTextField = keyof typeof PARTNER_VISIBLE_CAMPAIGN_TEXT;
export type CampaignText = Record<CampaignTextField, string>;

// Characters with which Markdown joins or hides letters: emphasis, code, strike-through,
// links and autolinks, HTML and comments, entities, escapes, table cells. Block markers
// (#, >, list bullets) only drop a prefix and never change the words.
const INLINE_MARKUP = /[*_`~[\]<>&\\|]/;

/**
 * The texts the guard reads. A partner's site may render the text as Markdown, where
 * "Abu Yu**suf**" reads as the name, so a text with inline markup is read both ways; one
 * without any reads the same either way and is checked once (it halves the delivery-time cost).
 */
export function campaignTextFields(text: CampaignText): CheckedForm[] {
  return (Object.keys(PARTNER_VISIBLE_CAMPAIGN_TEXT) as CampaignTextField[]).map((field) => ({
    field,
    label: PARTNER_VISIBLE_CAMPAIGN_TEXT[field],
    text: text[field],
    markdown: INLINE_MARKUP.test(text[field]),
  }));
}

/** The one suspension reason so far, stored as a code so that it can never carry the identifier. */
export const SUSPENDED_FOR_POSSIBLE_IDENTIFIER = "possible-identifier";

export const SUSPENSION_NOTICE = "Suspended: possible identifier in the name or objective; fix the text to lift the suspension.";
