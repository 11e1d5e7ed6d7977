// Content items matching a search, ranked within a bounded candidate set: the GIN index on
// "searchVector" yields at most CANDIDATE_LIMIT + 1 matches (LIMIT before any ranking), only
// those are ranked with ts_rank_cd (title weighs more than body), and ts_headline runs only on
// the page shown. The candidates are the first matches in the table's physical order (roughly
// the oldest first), not the newest: ordering them by date would make PostgreSQL fetch every
// match of a word before cutting, or walk a date index row by row past every non-match,
// which is what made a common word slow. Past CANDIDATE_LIMIT the count is the planner's estimate.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ContentState, ContentType } from "@/lib/db/generated/enums";
import { CANDIDATE_LIMIT, pageRows, type KindCount } from "./result-count";
import { estimatedRows } from "./estimated-rows";
import { HEADLINE_OPTIONS } from "./snippet";
import type { SearchParams } from "./schemas";

/** ts_rank_cd's weights for D, C, B, A: title (A) counts two and a half times body (B), PostgreSQL's defaults. */
const WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";
/** Divides a rank by 1 + log(length), so a long article does not outrank a short card for repeating a word. */
const LENGTH_NORMALISATION = 1;

export type ContentHit = { id: string; title: string; type: ContentType; state: ContentState; language: string; headline: string };

/** `visibleIds`: for a reviewer, the items assigned to them (lib/content/item-access.ts); undefined for everyone else. */
export function contentMatches(params: SearchParams, tsquery: string, visibleIds: string[] | undefined): Prisma.Sql {
  const filters = [
    visibleIds ? Prisma.sql`AND c."id" = ANY(${visibleIds}::text[])` : Prisma.empty,
    params.type ? Prisma.sql`AND c."type"::text = ${params.type}` : Prisma.empty,
    params.state ? Prisma.sql`AND c."state"::text = ${params.state}` : Prisma.empty,
    params.language ? Prisma.sql`AND c."language" = ${params.language}` : Prisma.empty,
    params.theme ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ContentTheme" ct WHERE ct."itemId" = c."id" AND ct."themeId" = ${params.theme})` : Prisma.empty,
    params.campaign ? Prisma.sql`AND EXISTS (SELECT 1 FROM "CampaignItem" ci WHERE ci."itemId" = c."id" AND ci."campaignId" = ${params.campaign})` : Prisma.empty,
  ];
  return Prisma.sql`SELECT c."id", c."searchVector" FROM "ContentItem" c WHERE c."searchVector" @@ ${tsquery}::tsquery ${Prisma.join(filters, " ")}`;
}

type Row = { found: bigint; id: string | null; title: string | null; type: ContentType | null; state: ContentState | null; language: string | null; headline: string | null };

/** The candidates are referenced twice, so PostgreSQL computes them once; the LEFT JOIN keeps the count when the page is past the last result. */
export function contentPageQuery(matches: Prisma.Sql, tsquery: string, offset: number, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH candidates AS (${matches} LIMIT ${CANDIDATE_LIMIT + 1})
    SELECT (SELECT count(*) FROM candidates) AS found, page.*
    FROM (SELECT 1) one LEFT JOIN LATERAL (
      SELECT i."id", i."title", i."type"::text AS type, i."state"::text AS state, i."language",
             ts_headline(content_search_config(i."language"), i."title" || ' ' || i."body", ${tsquery}::tsquery, ${HEADLINE_OPTIONS}) AS headline
      FROM (SELECT cand."id", ts_rank_cd(${WEIGHTS}::real[], cand."searchVector", ${tsquery}::tsquery, ${LENGTH_NORMALISATION}) AS rank
            FROM candidates cand ORDER BY rank DESC, cand."id" LIMIT ${pageRows(offset, limit)} OFFSET ${offset}) ranked
      JOIN "ContentItem" i ON i."id" = ranked."id"
      ORDER BY ranked.rank DESC, ranked."id"
    ) page ON true`;
}

/** One page (`offset`, `limit`) of the ranked candidates, and how many matched (exactly up to CANDIDATE_LIMIT, estimated past it). */
export async function searchContent(client: Db | Tx, matches: Prisma.Sql, tsquery: string, offset: number, limit: number): Promise<{ hits: ContentHit[]; count: KindCount }> {
  const rows = await client.$queryRaw<Row[]>(contentPageQuery(matches, tsquery, offset, limit));
  const found = Number(rows[0]?.found ?? 0);
  const hits = rows.filter((r) => r.id !== null).map((r) => ({ id: r.id!, title: r.title ?? "", type: r.type!, state: r.state!, language: r.language ?? "", headline: r.headline ?? "" }));
  return { hits, count: { found, estimate: found > CANDIDATE_LIMIT ? await estimatedRows(client, matches) : found } };
}
