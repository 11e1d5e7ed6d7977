// Translation outside React: domain errors, zod messages, notices, the words added to
// deliveries. The locale is the one the request runs in (withLocale, set by the action and
// route wrappers), or the one a delivery is for; English when there is none (scripts, jobs).
import { AsyncLocalStorage } from "node:async_hooks";
import { createTranslator } from "use-intl/core";
import { catalogueFor } from "./catalogue";
import { DEFAULT_LOCALE, type RenderLocale } from "./locales";

export type MessageValues = Record<string, string | number | Date>;

const requestLocale = new AsyncLocalStorage<RenderLocale>();

export function withLocale<T>(locale: RenderLocale, run: () => T): T {
  return requestLocale.run(locale, run);
}

export function currentLocale(): RenderLocale {
  return requestLocale.getStore() ?? DEFAULT_LOCALE;
}

/** "namespace.path.to.key" in `locale`; the key itself when missing (the catalogue test finds those). */
export function translate(locale: RenderLocale, key: string, values?: MessageValues): string {
  return translatorOf(locale)(key, values);
}

type Translate = (key: string, values?: MessageValues) => string;
const translators = new Map<RenderLocale, Translate>();

function translatorOf(locale: RenderLocale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: catalogueFor(locale),
      timeZone: "UTC",
      onError: () => undefined,
      getMessageFallback: ({ key: missing, namespace }) => (namespace ? `${namespace}.${missing}` : missing),
    }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

/** A message in the locale of the request running now. */
export function m(key: string, values?: MessageValues): string {
  return translate(currentLocale(), key, values);
}

/** A translator bound to one locale and namespace, for a delivery in its recipient's language. */
export function translatorFor(locale: RenderLocale, namespace: string) {
  return (key: string, values?: MessageValues) => translate(locale, `${namespace}.${key}`, values);
}
