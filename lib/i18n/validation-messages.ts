// zod messages in the request's language. A schema's own message is a catalogue key
// ("content.errors.titleRequired"); zod's built-in ones come from zod's own locales.
import { z } from "zod";
import { ar, en, fr } from "zod/locales";
import { currentLocale, m } from "./translate";

const CATALOGUE_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

/** A schema message: translated when it is a catalogue key, as written otherwise. */
export function validationMessage(message: string): string {
  return CATALOGUE_KEY.test(message) ? m(message) : message;
}

const ZOD_LOCALES = { en: en(), ar: ar(), fr: fr() };

/** zod's own error map for the request's language (the pseudo-locale reads English). */
export function zodErrorMap(): z.core.$ZodErrorMap {
  const locale = currentLocale();
  const zodLocale = locale === "ar" || locale === "fr" ? ZOD_LOCALES[locale] : ZOD_LOCALES.en;
  return zodLocale.localeError;
}
