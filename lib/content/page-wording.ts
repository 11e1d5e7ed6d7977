// The wording of the content area's findings for a page being rendered (server components):
// the page's translator and the list style of its locale.
import { getLocale, getTranslations } from "next-intl/server";
import { listIn, type Translate, type Wording } from "./wording";

export async function pageWording(): Promise<Wording> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { t: t as unknown as Translate, list: listIn(locale) };
}
