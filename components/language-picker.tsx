"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { LOCALE_NAMES, LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { FieldError, FormStatus } from "@/components/ui/form-status";

type LanguageAction = (previous: ActionResult | null, input: FormData) => Promise<ActionResult>;

/** Each language is named in itself (lang on the option), so anyone finds theirs. */
/** `organisation`: offer a partner their organisation's language (following it when it changes). */
export function LanguagePicker({ action, current, organisation, compact = false }: { action: LanguageAction; current: AppLocale | "organisation"; organisation?: AppLocale; compact?: boolean }) {
  const t = useTranslations("common.language");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={compact ? "language-picker compact" : "card language-picker"}>
      <p>
        <label htmlFor="interface-language">{t("label")}</label>
        <select id="interface-language" name="locale" defaultValue={current} aria-describedby="locale-error">
          {organisation ? <option value="organisation">{t("organisationOption", { language: LOCALE_NAMES[organisation] })}</option> : null}
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className={compact ? "secondary" : undefined} disabled={pending}>
          {t("save")}
        </button>
      </p>
      <FieldError state={state} name="locale" />
      <FormStatus state={state} />
    </form>
  );
}
