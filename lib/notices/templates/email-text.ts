// What every notice template returns: a subject and a plain-text body, nothing else. Each is
// written in its recipient's language (lib/notices/notice-locale.ts); English when not given.
import type { AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

export type EmailText = { subject: string; text: string };

export const noticeWords = (locale: AppLocale) => translatorFor(locale, "notices");

/** The closing line every notice ends with, so a recipient knows where it came from. */
export const signatureIn = (locale: AppLocale) => noticeWords(locale)("signature");

export const SIGNATURE = signatureIn("en");

/** A moment as the recipient reads it, always in UTC (as deadlines and the audit trail are). */
export function emailTime(date: Date, locale: AppLocale): string {
  if (locale === "en") return date.toUTCString();
  return `${new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(date)} UTC`;
}
