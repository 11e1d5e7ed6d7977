// Languages testimony is recorded in. No server imports: forms use it too.
export const TESTIMONY_LANGUAGES = [
  { code: "en", label: "English" },
  { code: "ar", label: "Arabic (العربية)" },
  { code: "fr", label: "French (français)" },
  { code: "de", label: "German (Deutsch)" },
  { code: "tr", label: "Turkish (Türkçe)" },
  { code: "ku", label: "Kurdish (Kurdî / کوردی)" },
  { code: "ru", label: "Russian (русский)" },
] as const;

export type TestimonyLanguage = (typeof TESTIMONY_LANGUAGES)[number]["code"];
export const LANGUAGE_CODES = TESTIMONY_LANGUAGES.map((l) => l.code) as [TestimonyLanguage, ...TestimonyLanguage[]];

export function languageLabel(code: string): string {
  return TESTIMONY_LANGUAGES.find((l) => l.code === code)?.label ?? code;
}

/** Arabic is always right-to-left; elsewhere (Kurdish may be written in either script) the browser decides. */
export function textDirection(code: string): "rtl" | "auto" {
  return code === "ar" ? "rtl" : "auto";
}
