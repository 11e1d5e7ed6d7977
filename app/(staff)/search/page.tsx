import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { searchEverything, hasContentOnlyFilter } from "@/lib/search/search-everything";
import { SearchParams, SearchQuery } from "@/lib/search/schemas";
import { CANDIDATE_LIMIT, type ResultCount } from "@/lib/search/result-count";
import { loadQuery, QUERY_HANDLE_MINUTES } from "@/lib/query-handles/query-handle";
import { listThemeChoices } from "@/lib/themes/list-themes";
import { listCampaignChoices } from "@/lib/campaigns/list-campaigns";
import { CONTENT_STATES, CONTENT_TYPES } from "@/lib/campaigns/content-states";
import { TESTIMONY_LANGUAGES, textDirection } from "@/lib/testimony/languages";
import { Pager } from "@/components/ui/pager";
import { Snippet } from "./snippet";
import { SearchForm, type SearchChoices } from "./search-form";
import styles from "./search.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

const isolate = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

/** The URL carries only a query handle and a page number: the words are kept on the server (actions.ts). */
export default async function SearchPage({ searchParams }: { searchParams: Promise<{ h?: string | string[]; page?: string | string[] }> }) {
  const user = await requirePermission("search:use");
  const { h, page } = await searchParams;
  const handle = typeof h === "string" ? h : undefined;
  const saved = h === undefined ? null : await loadQuery(user.id, "search", handle, SearchQuery);
  const expired = h !== undefined && saved === null;
  const query = saved ?? SearchQuery.parse({});
  const params = SearchParams.parse({ ...query, page: Array.isArray(page) ? page[0] : page });
  const [results, themes, campaigns, t, tc] = await Promise.all([
    searchEverything(user, params),
    listThemeChoices(user, { includeArchived: true }),
    listCampaignChoices(user),
    getTranslations("search"),
    getTranslations("content"),
  ]);
  const describeCount = (count: ResultCount) => t(`count.${count.kind === "more-than" ? "moreThan" : count.kind}`, { count: count.value });
  const languageOf = (code: string) => (tc.has(`languages.${code}`) ? tc(`languages.${code}`) : code);
  const choices: SearchChoices = {
    themes: themes.map((theme) => ({ value: theme.id, label: theme.name, archived: theme.archived })),
    types: CONTENT_TYPES.map((type) => ({ value: type, label: tc(`types.${type}`) })),
    languages: TESTIMONY_LANGUAGES.map((l) => ({ value: l.code, label: languageOf(l.code) })),
    states: CONTENT_STATES.map((s) => ({ value: s, label: tc(`states.${s}`) })),
    campaigns: campaigns.map((c) => ({ value: c.id, label: c.name })),
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <SearchForm query={query} choices={choices} />
      {expired ? (
        <p className="alert" role="status">
          {t("expired", { minutes: QUERY_HANDLE_MINUTES })}
        </p>
      ) : null}

      {!results.query ? (
        <p className="empty">{t("prompt")}</p>
      ) : results.count.value === 0 ? (
        <p className="empty" role="status">
          {t.rich(hasContentOnlyFilter(params) || params.language ? "nothingWithFilters" : "nothing", { query: results.query, bdi: isolate })}
        </p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {t.rich("resultsFor", { count: describeCount(results.count), query: results.query, bdi: isolate })}
          </h2>
          {results.count.kind === "exact" ? null : (
            <p className="muted">
              {t("capped", { limit: CANDIDATE_LIMIT })}
            </p>
          )}
          <ol className={styles.results} data-testid="search-results">
            {results.items.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className={styles.result}>
                {hit.kind === "content" ? (
                  <>
                    <Link href={`/content/${hit.id}`} lang={hit.language} dir={textDirection(hit.language)} className={styles.title} data-user-content>
                      {hit.title}
                    </Link>
                    <span className="muted">
                      {t("contentHit", { type: tc(`types.${hit.type}`), state: tc(`states.${hit.state}`), language: languageOf(hit.language) })}
                    </span>
                  </>
                ) : (
                  <>
                    <span className={styles.title}>
                      {t.rich("testimonyHit", { source: hit.sourceCode, link: (chunks) => <Link href={`/sources/${hit.sourceId}`}>{chunks}</Link> })}
                    </span>
                    <span className="muted">{t("testimonyKind", { language: languageOf(hit.language) })}</span>
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
