import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = {
  basePath: string;
  page: { next: string | null; previous: string | null; pastFirst: boolean };
  /** The list's filters, kept on every link. */
  params?: Record<string, string | undefined>;
};

/** Links between keyset pages: first, previous and next (there are no page numbers to jump to). */
export function CursorPager({ basePath, page, params = {} }: Props) {
  const t = useTranslations("ui.pager");
  if (!page.next && !page.previous && !page.pastFirst) return null;
  const href = (cursor?: string) => {
    const query = new URLSearchParams(Object.entries({ ...params, cursor }).filter((e): e is [string, string] => Boolean(e[1])));
    return query.size > 0 ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav className="pager" aria-label={t("label")}>
      {page.pastFirst ? <Link href={href()}>{t("first")}</Link> : <span className="muted">{t("first")}</span>}
      {page.previous ? <Link href={href(page.previous)}>{t("previous")}</Link> : <span className="muted">{t("previous")}</span>}
      {page.next ? <Link href={href(page.next)}>{t("next")}</Link> : <span className="muted">{t("next")}</span>}
    </nav>
  );
}

export function RejectedCursorNotice({ rejected }: { rejected: boolean }) {
  const t = useTranslations("ui.pager");
  if (!rejected) return null;
  return (
    <p className="alert" role="status">
      {t("rejectedCursor")}
    </p>
  );
}
