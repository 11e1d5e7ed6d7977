import Link from "next/link";
import { useTranslations } from "next-intl";

/** The arrows are in the messages, so Arabic points them the way its pages turn. */
export function Pager({ basePath, page, pageCount, params = {} }: { basePath: string; page: number; pageCount: number; params?: Record<string, string | undefined> }) {
  const t = useTranslations("ui.pager");
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${query}`;
  };
  return (
    <nav className="pager" aria-label={t("label")}>
      {page > 1 ? <Link href={href(page - 1)}>{t("previous")}</Link> : <span className="muted">{t("previous")}</span>}
      <span>{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? <Link href={href(page + 1)}>{t("next")}</Link> : <span className="muted">{t("next")}</span>}
    </nav>
  );
}
