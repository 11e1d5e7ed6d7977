// Turning typed words into one tsquery that matches content in any language. Each item's
// "searchVector" is built under its language's configuration (SQL function content_search_config,
// migration content_search_vector: arabic, english, french, else simple), so a query is parsed
// under every configuration (or only the one of a chosen language) and the distinct results are
// OR-ed: "salaries" finds English items by their stem, Arabic "الجوع" finds "جوع", other
// languages match word for word. Deduplicating matters beyond tidiness: the planner estimates
// an OR of four identical lexemes as four times as frequent and may then pick a worse plan.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";

/** Languages whose configurations cover every item: one per configuration ("und" stands for all others, which use simple). */
const EVERY_CONFIGURATION = ["ar", "en", "fr", "und"];

/**
 * The tsquery text for `words` (each word required, as plainto_tsquery does; or any of them with
 * `operators: true`, for callers that pass PostgreSQL's `a | b` syntax of plain words), or null
 * when no configuration finds a word in them (only punctuation or stop words).
 */
export async function textSearchQuery(client: Db | Tx, words: string, options: { language?: string; operators?: boolean } = {}): Promise<string | null> {
  const languages = options.language ? [options.language] : EVERY_CONFIGURATION;
  const [row] = options.operators
    ? await client.$queryRaw<{ query: string | null }[]>`
        SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ') AS query
        FROM (SELECT to_tsquery(content_search_config(l), ${words}) AS q FROM unnest(${languages}::text[]) l) parsed
        WHERE numnode(q) > 0`
    : await client.$queryRaw<{ query: string | null }[]>`
        SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ') AS query
        FROM (SELECT plainto_tsquery(content_search_config(l), ${words}) AS q FROM unnest(${languages}::text[]) l) parsed
        WHERE numnode(q) > 0`;
  return row?.query ?? null;
}
