// A testimony's language named in the reader's language (the code itself for one we do not list).
import { useTranslations } from "next-intl";
import { LANGUAGE_CODES } from "@/lib/testimony/languages";

const listed = (code: string) => (LANGUAGE_CODES as readonly string[]).includes(code);

/** `languages`: a translator for "testimony.languages". */
export function languageName(languages: (key: string) => string, code: string): string {
  return listed(code) ? languages(code) : code;
}

export function TestimonyLanguageName({ code }: { code: string }) {
  const t = useTranslations("testimony.languages");
  return listed(code) ? t(code) : <bdi>{code}</bdi>;
}
