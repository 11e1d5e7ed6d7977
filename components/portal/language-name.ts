// An item's language named in the reader's language, for the languages testimony is recorded in.
const NAMED = new Set(["en", "ar", "fr", "de", "tr", "ku", "ru"]);

export function languageName(t: (key: string) => string, code: string): string {
  return t(`languages.${NAMED.has(code) ? code : "other"}`);
}
