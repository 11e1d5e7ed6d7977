import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listItems } from "@/lib/content/list-items";
import { ContentFilters } from "@/lib/content/schemas";
import { CONTENT_STATES, CONTENT_STATE_LABEL } from "@/lib/content/content-states";
import { CONTENT_TYPE_LABELS, CONTENT_TYPES, type ContentType } from "@/lib/content/vocabulary";
import { TESTIMONY_LANGUAGES, languageLabel } from "@/lib/testimony/languages";
import { totalLabel } from "@/lib/lists/total-label";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { FilterSelect } from "@/components/ui/filter-select";
import { ContentStateBadge } from "@/components/content/content-state-badge";

export const metadata: Metadata = { title: "Content" };

type Search = { cursor?: string | string[]; state?: string; type?: string; language?: string; suspended?: string };

export default async function ContentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("content:view");
  const params = await searchParams;
  const filters = ContentFilters.parse(params);
  const items = await listItems(user, filters, typeof params.cursor === "string" ? params.cursor : undefined);
  const filterParams = { state: filters.state, type: filters.type, language: filters.language, suspended: filters.suspended };
  return (
    <>
      <h1>Content</h1>
      {can(user, "content:edit") ? (
        <p>
          <Link className="button" href="/content/new">
            New item
          </Link>
        </p>
      ) : null}
      <form method="get" className="inline-form" aria-label="Filter content">
        <FilterSelect id="f-state" name="state" label="State" value={filters.state} options={CONTENT_STATES.map((s) => ({ value: s, label: CONTENT_STATE_LABEL[s] }))} />
        <FilterSelect id="f-type" name="type" label="Type" value={filters.type} options={CONTENT_TYPES.map((t) => ({ value: t, label: CONTENT_TYPE_LABELS[t] }))} />
        <FilterSelect id="f-language" name="language" label="Language" value={filters.language} options={TESTIMONY_LANGUAGES.map((l) => ({ value: l.code, label: l.label }))} />
        <button type="submit" className="secondary">
          Filter
        </button>
      </form>
      <RejectedCursorNotice rejected={items.cursorRejected} />
      {items.total.count === 0 ? (
        <p className="empty">No content items match.</p>
      ) : (
        <p>
          {totalLabel(items.total)} {items.total.count === 1 ? "item" : "items"}.
        </p>
      )}
      {items.items.length === 0 ? null : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Type</th>
                <th scope="col">Language</th>
                <th scope="col">State</th>
                <th scope="col">Version</th>
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
                  <td>{CONTENT_TYPE_LABELS[item.type as ContentType]}</td>
                  <td>{languageLabel(item.language)}</td>
                  <td>
                    <ContentStateBadge state={item.state} />
                  </td>
                  <td>{item.version}</td>
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
