import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { isAppLocale, LOCALE_NAMES } from "@/lib/i18n/locales";
import { interfaceLanguageOf } from "@/lib/users/interface-language";
import { LanguagePicker } from "@/components/language-picker";
import { saveInterfaceLanguageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.language"))("title") };
}

export default async function InterfaceLanguagePage() {
  const user = await requirePermission("account:language");
  const [t, shown, language] = await Promise.all([getTranslations("common.language"), getLocale(), interfaceLanguageOf(user)]);
  const current = language.chosen ?? (language.organisation ? "organisation" : isAppLocale(shown) ? shown : "en");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {language.organisation && !language.chosen ? <p className="muted">{t("organisationDefault", { language: LOCALE_NAMES[language.organisation] })}</p> : null}
      <LanguagePicker action={saveInterfaceLanguageAction} current={current} organisation={language.organisation ?? undefined} />
    </>
  );
}
