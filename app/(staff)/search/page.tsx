import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { searchEverything, hasContentOnlyFilter } from "@/lib/search/search-everything";
import { SearchParams, SearchQuery } from "@/lib/search/schemas";
import { CANDIDATE_LIMIT, describeCount } from "@/lib/search/result-count";
import { loadQuery, QUERY_HANDLE_MINUTES } from "@/lib/query-handles/query-handle";
import { listThemeChoices } from "@/lib/themes/list-themes";
import { listCampaignChoices } from "@/lib/campaigns/list-campaigns";
import { CONTENT_STATE_LABELS, CONTENT_STATES, CONTENT_TYPE_LABELS, CONTENT_TYPES } from "@/lib/campaigns/content-states";
import { TESTIMONY_LANGUAGES, textDirection } from "@/lib/testimony/languages";
import { Pager } from "@/components/ui/pager";
import { Snippet } from "./snippet";
import { SearchForm, type SearchChoices } from "./search-form";
import styles from "./search.module.css";

export const metadata: Metadata = { title: "Search" };

/** The URL carries only a query handle and a page number: the words are kept on the server (actions.ts). */
export default async function SearchPage({ searchParams }: { searchParams: Promise<{ h?: string | string[]; page?: string | string[] }> }) {
  const user = await requirePermission("search:use");
  const { h, page } = await searchParams;
  const handle = typeof h === "string" ? h : undefined;
  const saved = h === undefined ? null : await loadQuery(user.id, "search", handle, SearchQuery);
  const expired = h !== undefined && saved === null;
  const query = saved ?? SearchQuery.parse({});
  const params = SearchParams.parse({ ...query, page: Array.isArray(page) ? page[0] : page });
  const [results, themes, campaigns] = await Promise.all([searchEverything(user, params), listThemeChoices(user, { includeArchived: true }), listCampaignChoices(user)]);
  const choices: SearchChoices = {
    themes: themes.map((t) => ({ value: t.id, label: t.archived ? `${t.name} (archived)` : t.name })),
    types: CONTENT_TYPES.map((t) => ({ value: t, label: CONTENT_TYPE_LABELS[t] })),
    languages: TESTIMONY_LANGUAGES.map((l) => ({ value: l.code, label: l.label })),
    states: CONTENT_STATES.map((s) => ({ value: s, label: CONTENT_STATE_LABELS[s] })),
    campaigns: campaigns.map((c) => ({ value: c.id, label: c.name })),
  };

  return (
    <>
      <h1>Search</h1>
      <SearchForm query={query} choices={choices} />
      {expired ? (
        <p className="alert" role="status">
          This search has expired (searches are kept {QUERY_HANDLE_MINUTES} minutes). Search again.
        </p>
      ) : null}

      {!results.query ? (
        <p className="empty">Type one or more words to search content items and approved redacted testimony.</p>
      ) : results.count.value === 0 ? (
        <p className="empty" role="status">
          Nothing matches “{results.query}”{hasContentOnlyFilter(params) || params.language ? " with these filters" : ""}.
        </p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {describeCount(results.count)} for “{results.query}”
          </h2>
          {results.count.kind === "exact" ? null : (
            <p className="muted">
              Only the first {CANDIDATE_LIMIT.toLocaleString("en-GB")} matching content items, and the first {CANDIDATE_LIMIT.toLocaleString("en-GB")} testimonies, are ranked and shown, best first. Add words or a filter to narrow the search.
            </p>
          )}
          <ol className={styles.results} data-testid="search-results">
            {results.items.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className={styles.result}>
                {hit.kind === "content" ? (
                  <>
                    <Link href={`/content/${hit.id}`} lang={hit.language} dir={textDirection(hit.language)} className={styles.title}>
                      {hit.title}
                    </Link>
                    <span className="muted">
                      Content · {CONTENT_TYPE_LABELS[hit.type]} · {CONTENT_STATE_LABELS[hit.state]} · {hit.language}
                    </span>
                  </>
                ) : (
                  <>
                    <span className={styles.title}>
                      Approved testimony of <Link href={`/sources/${hit.sourceId}`}>{hit.sourceCode}</Link>
                    </span>
                    <span className="muted">Redacted testimony · {hit.language}</span>
                  </>
                )}
                <Snippet parts={hit.snippet} language={hit.language} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <Pager basePath="/search" page={results.page} pageCount={results.pageCount} params={{ h: saved ? handle : undefined }} />
    </>
  );
}
