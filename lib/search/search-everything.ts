// Full-text search over content items (title + body) and APPROVED redacted testimony, never raw
// transcripts. Content comes first, ranked (search-content.ts), then testimony, newest approval
// first (search-testimony.ts); each kind is cut at CANDIDATE_LIMIT matches, so the work per
// search is bounded however common a word, and the count past that is an estimate (result-count.ts).
// Testimony snippets are cut after decrypting only the hits on the page.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { PAGE_SIZE, type Page } from "@/lib/pagination";
import type { ContentState, ContentType } from "@/lib/db/generated/enums";
import { parseInput } from "@/lib/parse-input";
import { SearchParams } from "./schemas";
import { snippetParts, wordSnippet, type SnippetPart } from "./snippet";
import { openRedactedTexts, SEALED_TEXT_FIELDS, searchWords } from "@/lib/redaction/sealed-redacted-text";
import { queryTokensBySource } from "@/lib/redaction/redacted-text-search";
import { visibleItemsWhere } from "@/lib/content/item-access";
import { textSearchQuery } from "./text-search";
import { contentMatches, searchContent } from "./search-content";
import { searchTestimony, testimonyMatches } from "./search-testimony";
import { CANDIDATE_LIMIT, resultCount, shownMatches, type KindCount, type ResultCount } from "./result-count";

export type SearchHit =
  | { kind: "content"; id: string; title: string; type: ContentType; state: ContentState; language: string; snippet: SnippetPart[] }
  | { kind: "testimony"; id: string; sourceId: string; sourceCode: string; language: string; snippet: SnippetPart[] };

/** `total` is `count.value`: exact, or an estimate when `count.kind` says so; pages reach only the shown matches. */
export type SearchResults = Page<SearchHit> & { query: string; count: ResultCount };

async function openTestimonyHits(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db().redactedText.findMany({ where: { id: { in: ids } }, select: { id: true, ...SEALED_TEXT_FIELDS } });
  return new Map((await openRedactedTexts(db(), rows)).map((t) => [t.id, t.text]));
}

/** Theme, type, state and campaign describe content only: with any of them set, testimony is not searched. */
export function hasContentOnlyFilter(params: SearchParams): boolean {
  return Boolean(params.theme || params.type || params.state || params.campaign);
}

const NOTHING = { hits: [], count: { found: 0, estimate: 0 } };

function results(items: SearchHit[], counts: KindCount[], page: number, query: string): SearchResults {
  const count = resultCount(counts);
  const pageCount = Math.max(1, Math.ceil(shownMatches(counts) / PAGE_SIZE));
  return { items, total: count.value, count, page, pageCount, query };
}

export async function searchEverything(actor: Actor, raw: Partial<SearchParams>): Promise<SearchResults> {
  assertCan(actor, "search:use");
  const params = parseInput(SearchParams, raw);
  if (!params.q) return results([], [], 1, "");
  const offset = (params.page - 1) * PAGE_SIZE;
  // A reviewer finds only the items and redactions assigned to them, as on every other page.
  const visibleIds = (await visibleItemsWhere(db(), actor)).id?.in;
  const tsquery = await textSearchQuery(db(), params.q, { language: params.language });
  const content = tsquery ? await searchContent(db(), contentMatches(params, tsquery, visibleIds), tsquery, offset, PAGE_SIZE) : NOTHING;
  const wordTokens = hasContentOnlyFilter(params) ? { sourceIds: [], words: [] } : await queryTokensBySource(db(), params.q);
  const searchesTestimony = wordTokens.words.length > 0 && wordTokens.sourceIds.length > 0;
  const testimonyOffset = Math.max(0, offset - Math.min(content.count.found, CANDIDATE_LIMIT));
  const testimony = searchesTestimony
    ? await searchTestimony(db(), testimonyMatches(wordTokens, params.language, actor.role === "REVIEWER" ? actor.id : undefined), testimonyOffset, PAGE_SIZE - content.hits.length)
    : NOTHING;
  const texts = await openTestimonyHits(testimony.hits.map((h) => h.id));
  const queryWords = searchWords(params.q);
  const items: SearchHit[] = [
    ...content.hits.map(({ headline, ...hit }) => ({ kind: "content" as const, ...hit, snippet: snippetParts(headline) })),
    ...testimony.hits.map((hit) => ({ kind: "testimony" as const, ...hit, snippet: wordSnippet(texts.get(hit.id) ?? "", queryWords) })),
  ];
  return results(items, [content.count, testimony.count], params.page, params.q);
}
