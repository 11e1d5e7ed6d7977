"use client";
import { useTranslations } from "next-intl";
import type { SearchQuery } from "@/lib/search/schemas";
import { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { searchAction } from "./actions";
import styles from "./search.module.css";

type UserChoice = FilterOption & { archived?: boolean };
export type SearchChoices = { themes: UserChoice[]; types: FilterOption[]; languages: FilterOption[]; states: FilterOption[]; campaigns: UserChoice[] };

/** A filter whose choices are names people gave (themes, campaigns): each option keeps its own direction. */
function UserChoiceSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value: string | undefined; options: UserChoice[] }) {
  const t = useTranslations("search.form");
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} dir="auto">
            {o.archived ? t("archivedChoice", { name: o.label }) : o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** Posted, never a GET form: the words typed here may be a source's name. */
export function SearchForm({ query, choices }: { query: SearchQuery; choices: SearchChoices }) {
  const t = useTranslations("search.form");
  const [state, onSubmit, pending] = useFormAction(searchAction);
  return (
    <form method="post" onSubmit={onSubmit} role="search" aria-label={t("label")} className="card">
      <label htmlFor="search-q">{t("words")}</label>
      <input id="search-q" name="q" type="search" defaultValue={query.q} maxLength={200} dir="auto" autoComplete="off" />
      <div className={styles.filters}>
        <div>
          <UserChoiceSelect id="search-theme" name="theme" label={t("theme")} value={query.theme} options={choices.themes} />
        </div>
        <div>
          <FilterSelect id="search-type" name="type" label={t("type")} value={query.type} options={choices.types} />
        </div>
        <div>
          <FilterSelect id="search-language" name="language" label={t("language")} value={query.language} options={choices.languages} />
        </div>
        <div>
          <FilterSelect id="search-state" name="state" label={t("state")} value={query.state} options={choices.states} />
        </div>
        <div>
          <UserChoiceSelect id="search-campaign" name="campaign" label={t("campaign")} value={query.campaign} options={choices.campaigns} />
        </div>
      </div>
      <p className="muted">{t("help")}</p>
      <p>
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
