"use client";
// The languages an organisation may read Countervoice in, each named in itself.
import { LOCALE_NAMES, LOCALES, type AppLocale } from "@/lib/i18n/locales";

export function PartnerLanguageSelect({ id, defaultValue, describedBy }: { id: string; defaultValue: AppLocale; describedBy?: string }) {
  return (
    <select id={id} name="defaultLocale" defaultValue={defaultValue} aria-describedby={describedBy}>
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LOCALE_NAMES[locale]}
        </option>
      ))}
    </select>
  );
}
