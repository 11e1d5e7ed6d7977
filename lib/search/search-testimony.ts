// Approved redacted testimony matching a search. It is sealed under its source's key, so it is
// found by its keyed word tokens (lib/redaction/redacted-text-search.ts), never by plaintext in
// SQL: every word of the query must match one of its tokens, as plainto_tsquery requires every
// word. There is no plaintext to rank, so hits come newest approval first, after all content,
// within a candidate set bounded like content's (LIMIT before ordering).
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { CANDIDATE_LIMIT, pageRows, type KindCount } from "./result-count";
import { estimatedRows } from "./estimated-rows";
import { textsHoldingEvery, type SourceTokens } from "@/lib/redaction/redacted-text-search";

export type TestimonyHit = { id: string; sourceId: string; sourceCode: string; language: string };

/** `reviewerId`: a reviewer reads only the redactions assigned to them (policy: testimony:view-raw); undefined for editors. */
export function testimonyMatches(tokens: SourceTokens, language: string | undefined, reviewerId: string | undefined): Prisma.Sql {
  return Prisma.sql`
    SELECT t."id", t."approvedAt" FROM (${textsHoldingEvery(tokens)}) t
    JOIN "Redaction" r ON r."id" = t."redactionId" AND r."state" = 'APPROVED'
    WHERE true
    ${language ? Prisma.sql`AND t."language" = ${language}` : Prisma.empty}
    ${reviewerId ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ReviewAssignment" a WHERE a."redactionId" = r."id" AND a."reviewerId" = ${reviewerId})` : Prisma.empty}`;
}

type Row = { found: bigint; id: string | null; sourceId: string | null; sourceCode: string | null; language: string | null };

/** As contentPageQuery: candidates once, the count kept past the last page. */
export function testimonyPageQuery(matches: Prisma.Sql, offset: number, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH candidates AS (${matches} LIMIT ${CANDIDATE_LIMIT + 1})
    SELECT (SELECT count(*) FROM candidates) AS found, page.*
    FROM (SELECT 1) one LEFT JOIN LATERAL (
      SELECT t."id", t."sourceId", s."code" AS "sourceCode", t."language"
      FROM (SELECT cand."id", cand."approvedAt" FROM candidates cand ORDER BY cand."approvedAt" DESC, cand."id" LIMIT ${pageRows(offset, limit)} OFFSET ${offset}) newest
      JOIN "RedactedText" t ON t."id" = newest."id"
      JOIN "Source" s ON s."id" = t."sourceId"
      ORDER BY newest."approvedAt" DESC, newest."id"
    ) page ON true`;
}

/** One page (`offset`, `limit`) of the candidates, and how many matched (exactly up to CANDIDATE_LIMIT, estimated past it). */
export async function searchTestimony(client: Db | Tx, matches: Prisma.Sql, offset: number, limit: number): Promise<{ hits: TestimonyHit[]; count: KindCount }> {
  const rows = await client.$queryRaw<Row[]>(testimonyPageQuery(matches, offset, limit));
  const found = Number(rows[0]?.found ?? 0);
  const hits = rows.filter((r) => r.id !== null).map((r) => ({ id: r.id!, sourceId: r.sourceId ?? "", sourceCode: r.sourceCode ?? "", language: r.language ?? "" }));
  return { hits, count: { found, estimate: found > CANDIDATE_LIMIT ? await estimatedRows(client, matches) : found } };
}
