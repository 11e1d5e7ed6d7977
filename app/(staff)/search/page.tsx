import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { searchEverything, hasContentOnlyFilter } from "@/lib/search/search-everything";
import { SearchParams } from "@/lib/search/schemas";
import { listThemeChoices } from "@/lib/themes/list-themes";
import { listCampaignChoices } from "@/lib/campaigns/list-campaigns";
import { CONTENT_STATE_LABELS, CONTENT_STATES, CONTENT_TYPE_LABELS, CONTENT_TYPES } from "@/lib/campaigns/content-states";
import { TESTIMONY_LANGUAGES, textDirection } from "@/lib/testimony/languages";
import { Pager } from "@/components/ui/pager";
import { FilterSelect } from "@/components/ui/filter-select";
import { Snippet } from "./snippet";
import styles from "./search.module.css";

export const metadata: Metadata = { title: "Search" };

type Raw = Record<string, string | string[] | undefined>;
const first = (raw: Raw) => Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

export default async function SearchPage({ searchParams }: { searchParams: Promise<Raw> }) {
  const user = await requirePermission("search:use");
  const params = SearchParams.parse(first(await searchParams));
  const [results, themes, campaigns] = await Promise.all([searchEverything(user, params), listThemeChoices(user, { includeArchived: true }), listCampaignChoices(user)]);
  const pagerParams = { q: params.q, theme: params.theme, type: params.type, language: params.language, state: params.state, campaign: params.campaign };

  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" role="search" aria-label="Content and approved testimony" className="card">
        <label htmlFor="search-q">Words to find</label>
        <input id="search-q" name="q" type="search" defaultValue={params.q} maxLength={200} dir="auto" />
        <div className={styles.filters}>
          <div>
            <FilterSelect id="search-theme" name="theme" label="Theme" value={params.theme} options={themes.map((t) => ({ value: t.id, label: t.archived ? `${t.name} (archived)` : t.name }))} />
          </div>
          <div>
            <FilterSelect id="search-type" name="type" label="Type" value={params.type} options={CONTENT_TYPES.map((t) => ({ value: t, label: CONTENT_TYPE_LABELS[t] }))} />
          </div>
          <div>
            <FilterSelect id="search-language" name="language" label="Language" value={params.language} options={TESTIMONY_LANGUAGES.map((l) => ({ value: l.code, label: l.label }))} />
          </div>
          <div>
            <FilterSelect id="search-state" name="state" label="State" value={params.state} options={CONTENT_STATES.map((s) => ({ value: s, label: CONTENT_STATE_LABELS[s] }))} />
          </div>
          <div>
            <FilterSelect id="search-campaign" name="campaign" label="Campaign" value={params.campaign} options={campaigns.map((c) => ({ value: c.id, label: c.name }))} />
          </div>
        </div>
        <p className="muted">Theme, type, state and campaign narrow content only; with any of them set, testimony is not searched.</p>
        <p>
          <button type="submit">Search</button>
        </p>
      </form>

      {!results.query ? (
        <p className="empty">Type one or more words to search content items and approved redacted testimony.</p>
      ) : results.total === 0 ? (
        <p className="empty" role="status">
          Nothing matches “{results.query}”{hasContentOnlyFilter(params) || params.language ? " with these filters" : ""}.
        </p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {results.total} {results.total === 1 ? "result" : "results"} for “{results.query}”
          </h2>
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
      <Pager basePath="/search" page={results.page} pageCount={results.pageCount} params={pagerParams} />
    </>
  );
}
