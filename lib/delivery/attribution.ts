// The words that travel with every delivered file, in the recipient organisation's language.
// The English constants are also what the trace page matches leaked text against.
import type { RenderLocale } from "@/lib/i18n/locales";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

const USAGE_KEYS = ["campaignOnly", "noEdits", "noPassing", "withdrawn"] as const;

export function attributionIn(locale: RenderLocale): string {
  return translatorFor(locale, "delivery")("attribution");
}

export function usageGuidanceIn(locale: RenderLocale): string[] {
  const t = translatorFor(locale, "delivery");
  return USAGE_KEYS.map((key) => t(`usage.${key}`));
}

export const ATTRIBUTION = attributionIn("en");

export const USAGE_GUIDANCE = usageGuidanceIn("en");

/** The attribution in each language a file may carry it in. */
export const ATTRIBUTIONS: readonly string[] = LOCALES.map(attributionIn);
