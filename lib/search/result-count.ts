// How many results a search has, told honestly without counting them all: up to
// CANDIDATE_LIMIT matches are counted exactly; past it the planner's row estimate is shown
// as "about …", or "more than 1,000" when the estimate falls short of what was already seen.

/**
 * The most matches of each kind (content, testimony) that a search ranks and pages through.
 * A word in most of 100,000 items would otherwise be ranked 77,000 times per request (5.5 s);
 * 1,000 bounds the work per search to about a thousand rows however common the word, and is
 * still 40 pages, more than anyone reads before adding a word or a filter.
 */
export const CANDIDATE_LIMIT = 1000;

export type ResultCount = { kind: "exact"; value: number } | { kind: "about"; value: number } | { kind: "more-than"; value: number };

/** One kind's matches: `found` of at most CANDIDATE_LIMIT + 1 (one more tells there are more), and the planner's estimate of all. */
export type KindCount = { found: number; estimate: number };

/** Rows of one kind on a page from `offset`: never past its first CANDIDATE_LIMIT (the one more only tells there are more). */
export const pageRows = (offset: number, limit: number) => Math.max(0, Math.min(limit, CANDIDATE_LIMIT - offset));

/** Matches a search can show: each kind is cut at CANDIDATE_LIMIT. */
export const shownMatches = (kinds: KindCount[]) => kinds.reduce((sum, k) => sum + Math.min(k.found, CANDIDATE_LIMIT), 0);

export function resultCount(kinds: KindCount[]): ResultCount {
  if (kinds.every((k) => k.found <= CANDIDATE_LIMIT)) return { kind: "exact", value: kinds.reduce((sum, k) => sum + k.found, 0) };
  const seen = shownMatches(kinds);
  const estimate = kinds.reduce((sum, k) => sum + (k.found > CANDIDATE_LIMIT ? Math.max(k.estimate, 0) : k.found), 0);
  return estimate > seen ? { kind: "about", value: roughly(estimate) } : { kind: "more-than", value: seen };
}

/** Two significant figures: an estimate claims no more precision than it has (12,345 → 12,000). */
function roughly(n: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

export function describeCount(count: ResultCount): string {
  const n = count.value.toLocaleString("en-GB");
  const noun = count.value === 1 && count.kind === "exact" ? "result" : "results";
  if (count.kind === "about") return `About ${n} ${noun}`;
  if (count.kind === "more-than") return `More than ${n} ${noun}`;
  return `${n} ${noun}`;
}
