// Full-text search over content items (title + body) and APPROVED redacted testimony.
// Never raw transcripts. The to_tsvector expressions must stay exactly those of the
// GIN indexes in the content_and_campaigns migration, or the indexes do not apply.
// Redacted testimony is sealed under its source's key: it is found by its keyed word tokens
// (lib/redaction/redacted-text-search.ts), every word of the query required as plainto_tsquery
// does, ranks after content (there is no plaintext to rank), and its snippet is cut after
// decrypting only the hits on the page.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import type { ContentState, ContentType } from "@/lib/db/generated/enums";
import { parseInput } from "@/lib/parse-input";
import { SearchParams } from "./schemas";
import { HEADLINE_OPTIONS, snippetParts, wordSnippet, type SnippetPart } from "./snippet";
import { openRedactedTexts, SEALED_TEXT_FIELDS, searchWords } from "@/lib/redaction/sealed-redacted-text";
import { queryTokensPerWord } from "@/lib/redaction/redacted-text-search";
import { visibleItemsWhere } from "@/lib/content/item-access";

export type SearchHit =
  | { kind: "content"; id: string; title: string; type: ContentType; state: ContentState; language: string; snippet: SnippetPart[] }
  | { kind: "testimony"; id: string; sourceId: string; sourceCode: string; language: string; snippet: SnippetPart[] };

type Row = { kind: "content" | "testimony"; id: string; title: string | null; type: string | null; state: string | null; language: string; sourceId: string | null; sourceCode: string | null; headline: string | null };

async function openTestimonyHits(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db().redactedText.findMany({ where: { id: { in: ids } }, select: { id: true, ...SEALED_TEXT_FIELDS } });
  return new Map((await openRedactedTexts(db(), rows)).map((t) => [t.id, t.text]));
}

/** Theme, type, state and campaign describe content only: with any of them set, testimony is not searched. */
export function hasContentOnlyFilter(params: SearchParams): boolean {
  return Boolean(params.theme || params.type || params.state || params.campaign);
}

/** `visibleIds`: for a reviewer, the items assigned to them (lib/content/item-access.ts); undefined for everyone else. */
function contentQuery(params: SearchParams, visibleIds: string[] | undefined) {
  const filters = [
    visibleIds ? Prisma.sql`AND c."id" = ANY(${visibleIds}::text[])` : Prisma.empty,
    params.type ? Prisma.sql`AND c."type"::text = ${params.type}` : Prisma.empty,
    params.state ? Prisma.sql`AND c."state"::text = ${params.state}` : Prisma.empty,
    params.language ? Prisma.sql`AND c."language" = ${params.language}` : Prisma.empty,
    params.theme ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ContentTheme" ct WHERE ct."itemId" = c."id" AND ct."themeId" = ${params.theme})` : Prisma.empty,
    params.campaign ? Prisma.sql`AND EXISTS (SELECT 1 FROM "CampaignItem" ci WHERE ci."itemId" = c."id" AND ci."campaignId" = ${params.campaign})` : Prisma.empty,
  ];
  return Prisma.sql`
    SELECT 'content' AS kind, c."id", c."title", c."type"::text AS type, c."state"::text AS state, c."language",
           NULL::text AS "sourceId", NULL::text AS "sourceCode", c."title" || ' ' || c."body" AS doc,
           ts_rank(to_tsvector('simple', c."title" || ' ' || c."body"), plainto_tsquery('simple', ${params.q})) AS rank
    FROM "ContentItem" c
    WHERE to_tsvector('simple', c."title" || ' ' || c."body") @@ plainto_tsquery('simple', ${params.q})
    ${Prisma.join(filters, " ")}`;
}

/** `reviewerId`: a reviewer reads only the redactions assigned to them (policy: testimony:view-raw); undefined for editors. */
function testimonyQuery(params: SearchParams, wordTokens: string[][], reviewerId: string | undefined) {
  return Prisma.sql`
    SELECT 'testimony' AS kind, t."id", NULL::text AS title, NULL::text AS type, NULL::text AS state, t."language",
           t."sourceId", s."code" AS "sourceCode", NULL::text AS doc, 0::real AS rank
    FROM "RedactedText" t
    JOIN "Redaction" r ON r."id" = t."redactionId" AND r."state" = 'APPROVED'
    JOIN "Source" s ON s."id" = t."sourceId"
    WHERE ${Prisma.join(wordTokens.map((tokens) => Prisma.sql`t."searchTokens" && ${tokens}::text[]`), " AND ")}
    ${params.language ? Prisma.sql`AND t."language" = ${params.language}` : Prisma.empty}
    ${reviewerId ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ReviewAssignment" a WHERE a."redactionId" = r."id" AND a."reviewerId" = ${reviewerId})` : Prisma.empty}`;
}

export async function searchEverything(actor: Actor, raw: Partial<SearchParams>): Promise<Page<SearchHit> & { query: string }> {
  assertCan(actor, "search:use");
  const params = parseInput(SearchParams, raw);
  if (!params.q) return { ...toPage<SearchHit>([], 0, 1), query: "" };
  // A reviewer finds only the items and redactions assigned to them, as on every other page.
  const visibleIds = (await visibleItemsWhere(db(), actor)).id?.in;
  const content = contentQuery(params, visibleIds);
  const wordTokens = hasContentOnlyFilter(params) ? [] : await queryTokensPerWord(db(), params.q);
  const searchesTestimony = wordTokens.length > 0 && wordTokens.every((tokens) => tokens.length > 0);
  const union = searchesTestimony ? Prisma.sql`${content} UNION ALL ${testimonyQuery(params, wordTokens, actor.role === "REVIEWER" ? actor.id : undefined)}` : content;
  const offset = (params.page - 1) * PAGE_SIZE;
  const [counted] = await db().$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (${union}) hits`;
  const rows = await db().$queryRaw<Row[]>`
    SELECT hits.kind, hits."id", hits."title", hits."type", hits."state", hits."language", hits."sourceId", hits."sourceCode",
           CASE WHEN hits.doc IS NULL THEN NULL ELSE ts_headline('simple', hits.doc, plainto_tsquery('simple', ${params.q}), ${HEADLINE_OPTIONS}) END AS headline
    FROM (${union}) hits
    ORDER BY hits.rank DESC, hits."id" ASC
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const testimonyTexts = await openTestimonyHits(rows.filter((r) => r.kind === "testimony").map((r) => r.id));
  const queryWords = searchWords(params.q);
  const items = rows.map((row): SearchHit => {
    const snippet = row.kind === "content" ? snippetParts(row.headline ?? "") : wordSnippet(testimonyTexts.get(row.id) ?? "", queryWords);
    return row.kind === "content"
      ? { kind: "content", id: row.id, title: row.title ?? "", type: row.type as ContentType, state: row.state as ContentState, language: row.language, snippet }
      : { kind: "testimony", id: row.id, sourceId: row.sourceId ?? "", sourceCode: row.sourceCode ?? "", language: row.language, snippet };
  });
  return { ...toPage(items, Number(counted?.total ?? 0), params.page), query: params.q };
}
