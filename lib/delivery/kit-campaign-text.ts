// The campaign's words as a kit carries them, built here once so that the ZIP and the
// leak guard's check of it read the same strings: the ZIP's file name, README.txt's
// heading and manifest.json's campaign object.
import type { CheckedForm } from "@/lib/leak-guard/check-forms";
import { jsonText } from "@/lib/leak-guard/json-text";
import { SAMPLE_RECIPIENT } from "./delivered-forms";
import { fileStem } from "./formats";
import type { AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

type KitCampaign = { id: string; name: string; objective: string };

export function kitFileName(campaignName: string, reference: string): string {
  return `${fileStem(campaignName, "campaign")}-kit-${reference}.zip`;
}

/** In the recipient organisation's language: the leak guard checks the heading the kit carries. */
export function kitReadmeHeading(campaignName: string, organisation: string, locale: AppLocale = "en"): string {
  return translatorFor(locale, "delivery")("readme.heading", { campaign: campaignName, organisation });
}

export function kitManifestCampaign(campaign: KitCampaign): KitCampaign {
  return { id: campaign.id, name: campaign.name, objective: campaign.objective };
}

/**
 * The kit's forms of the campaign text beyond the name and objective themselves. The download
 * reference does not exist yet when the kit is checked; a sample stands in (it is generated,
 * never an identifier).
 */
export function kitCampaignForms(campaign: KitCampaign, organisation: string, locale: AppLocale = "en"): CheckedForm[] {
  return [
    { field: "delivered:kit-file-name", label: "Kit file name", text: kitFileName(campaign.name, SAMPLE_RECIPIENT.reference) },
    { field: "delivered:kit-readme", label: "Kit README.txt heading", text: kitReadmeHeading(campaign.name, organisation, locale) },
    { field: "delivered:kit-manifest", label: "Kit manifest.json", text: jsonText(JSON.stringify({ campaign: kitManifestCampaign(campaign) })) },
  ];
}
