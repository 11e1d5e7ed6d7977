// The interface languages. A person's choice is stored (User.locale); before that, staff
// get their browser's language and partners their organisation's (request-locale.ts).
import { match } from "@formatjs/intl-localematcher";

export const LOCALES = ["en", "ar", "fr"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";

/** The language picked on the sign-in page, before there is a profile to keep it in. */
export const LOCALE_COOKIE = "cv_locale";

/** Accented, lengthened English: any string on a page that is not in it bypassed the catalogues. */
export const PSEUDO_LOCALE = "en-XA";
export type RenderLocale = AppLocale | typeof PSEUDO_LOCALE;

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: "English", ar: "العربية", fr: "Français" };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: string): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The best of our languages for an Accept-Language header; English when none fits. */
export function negotiateLocale(acceptLanguage: string | null | undefined): AppLocale {
  const requested = parseAcceptLanguage(acceptLanguage ?? "");
  if (requested.length === 0) return DEFAULT_LOCALE;
  // a tag the matcher refuses is dropped, not the whole header
  const usable = requested.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  });
  if (usable.length === 0) return DEFAULT_LOCALE;
  try {
    const chosen = match(usable, LOCALES, DEFAULT_LOCALE);
    return isAppLocale(chosen) ? chosen : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Language tags in order of preference (q), without wildcards and refused ones (q=0). */
function parseAcceptLanguage(header: string): string[] {
  return header
    .slice(0, 1_000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter(({ tag, quality }) => quality > 0 && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag))
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag);
}
