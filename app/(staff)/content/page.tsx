import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listItems } from "@/lib/content/list-items";
import { ContentFilters } from "@/lib/content/schemas";
import { CONTENT_STATES } from "@/lib/content/content-states";
import { CONTENT_TYPES } from "@/lib/content/vocabulary";
import { TESTIMONY_LANGUAGES } from "@/lib/testimony/languages";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { FilterSelect } from "@/components/ui/filter-select";
import { ContentStateBadge } from "@/components/content/content-state-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("content.list"))("title") };
}

type Search = { cursor?: string | string[]; state?: string; type?: string; language?: string; suspended?: string };

export default async function ContentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("content:view");
  const params = await searchParams;
  const filters = ContentFilters.parse(params);
  const [items, t, tc, format] = await Promise.all([
    listItems(user, filters, typeof params.cursor === "string" ? params.cursor : undefined),
    getTranslations("content.list"),
    getTranslations("content"),
    getFormatter(),
  ]);
  const filterParams = { state: filters.state, type: filters.type, language: filters.language, suspended: filters.suspended };
  return (
    <>
      <h1>{t("title")}</h1>
      {can(user, "content:edit") ? (
        <p>
          <Link className="button" href="/content/new">
            {t("newItem")}
          </Link>
        </p>
      ) : null}
      <form method="get" className="inline-form" aria-label={t("filterLabel")}>
        <FilterSelect id="f-state" name="state" label={t("state")} value={filters.state} options={CONTENT_STATES.map((s) => ({ value: s, label: tc(`states.${s}`) }))} />
        <FilterSelect id="f-type" name="type" label={t("type")} value={filters.type} options={CONTENT_TYPES.map((type) => ({ value: type, label: tc(`types.${type}`) }))} />
        <FilterSelect id="f-language" name="language" label={t("language")} value={filters.language} options={TESTIMONY_LANGUAGES.map((l) => ({ value: l.code, label: tc(`languages.${l.code}`) }))} />
        <button type="submit" className="secondary">
          {t("filter")}
        </button>
      </form>
      <RejectedCursorNotice rejected={items.cursorRejected} />
      {items.total.count === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <p>{items.total.exact ? t("total", { count: items.total.count, shown: format.number(items.total.count) }) : t("totalAbout", { count: items.total.count, shown: format.number(roughly(items.total.count)) })}</p>
      )}
      {items.items.length === 0 ? null : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.title")}</th>
                <th scope="col">{t("columns.type")}</th>
                <th scope="col">{t("columns.language")}</th>
                <th scope="col">{t("columns.state")}</th>
                <th scope="col">{t("columns.version")}</th>
              </tr>
            </thead>
            <tbody>
              {items.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link href={`/content/${item.id}`} lang={item.language} dir="auto">
                      {item.title}
                    </Link>
                  </td>
                  <td>{tc(`types.${item.type}`)}</td>
                  <td>{tc(`languages.${item.language}`)}</td>
                  <td>
                    <ContentStateBadge state={item.state} />
                  </td>
                  <td>{format.number(item.version)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CursorPager basePath="/content" page={items} params={filterParams} />
    </>
  );
}

/** Two significant figures, as totalLabel rounds an estimate: it should not look exact. */
function roughly(count: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(count)) - 1);
  return Math.round(count / magnitude) * magnitude;
}
