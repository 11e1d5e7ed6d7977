import { useTranslations } from "next-intl";

export function ContentStateBadge({ state }: { state: string }) {
  const t = useTranslations("content.states");
  const tone = state === "PUBLISHED" || state === "APPROVED" ? " badge-ok" : state === "CHANGES_REQUESTED" || state === "RETIRED" ? " badge-danger" : "";
  return (
    <span className={`badge${tone}`} data-testid="content-state">
      {t.has(state) ? t(state) : state}
    </span>
  );
}
