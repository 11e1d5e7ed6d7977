// How a testimony's redaction state reads in lists and headers, in the reader's language
// (redaction-state-label.ts keeps the English words for code that has no translator).
import { useTranslations } from "next-intl";

const KNOWN = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];

export function RedactionState({ state }: { state: string | null | undefined }) {
  const t = useTranslations("ui.redactionState");
  if (!state) return <>{t("none")}</>;
  return <>{KNOWN.includes(state) ? t(state) : state}</>;
}
