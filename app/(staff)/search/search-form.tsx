"use client";
import type { SearchQuery } from "@/lib/search/schemas";
import { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { searchAction } from "./actions";
import styles from "./search.module.css";

export type SearchChoices = { themes: FilterOption[]; types: FilterOption[]; languages: FilterOption[]; states: FilterOption[]; campaigns: FilterOption[] };

/** Posted, never a GET form: the words typed here may be a source's name. */
export function SearchForm({ query, choices }: { query: SearchQuery; choices: SearchChoices }) {
  const [state, onSubmit, pending] = useFormAction(searchAction);
  return (
    <form method="post" onSubmit={onSubmit} role="search" aria-label="Content and approved testimony" className="card">
      <label htmlFor="search-q">Words to find</label>
      <input id="search-q" name="q" type="search" defaultValue={query.q} maxLength={200} dir="auto" autoComplete="off" />
      <div className={styles.filters}>
        <div>
          <FilterSelect id="search-theme" name="theme" label="Theme" value={query.theme} options={choices.themes} />
        </div>
        <div>
          <FilterSelect id="search-type" name="type" label="Type" value={query.type} options={choices.types} />
        </div>
        <div>
          <FilterSelect id="search-language" name="language" label="Language" value={query.language} options={choices.languages} />
        </div>
        <div>
          <FilterSelect id="search-state" name="state" label="State" value={query.state} options={choices.states} />
        </div>
        <div>
          <FilterSelect id="search-campaign" name="campaign" label="Campaign" value={query.campaign} options={choices.campaigns} />
        </div>
      </div>
      <p className="muted">Theme, type, state and campaign narrow content only; with any of them set, testimony is not searched.</p>
      <p>
        <button type="submit" disabled={pending}>
          Search
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
