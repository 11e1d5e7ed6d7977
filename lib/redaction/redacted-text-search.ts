// Finding approved redacted testimony by its words without reading plaintext in SQL: each
// query word becomes its token under every source's key (sealed-redacted-text.ts), and a text
// matches when its tokens hold every word under its own source's key. One HMAC per source and word.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { sourceTokenizer } from "@/lib/crypto/source-keys";
import { SEARCH_FIELD, searchWords } from "./sealed-redacted-text";

type Tokenizer = { keyedBy: string; token: (field: string, value: string) => string };

// Unwrapping every source's data key on every search cost more than the search itself (about
// 0.6 s for 2,000 sources on a busy 2-core machine). So each source's tokenizer, which holds
// only the token key and can decrypt nothing, is kept between searches. It is keyed by the
// wrapped key, so a re-wrapped key makes a new one, and the map keeps only the sources of the
// latest search: an erased source (wrapped key destroyed) drops out at the next one.
let tokenizers = new Map<string, Tokenizer>();

/** The query's words as tokens under each source that has approved testimony: `words[w][i]` is word w under `sourceIds[i]`. */
export type SourceTokens = { sourceIds: string[]; words: string[][] };

export async function queryTokensBySource(client: Db | Tx, query: string): Promise<SourceTokens> {
  const words = searchWords(query).slice(0, 20);
  if (words.length === 0) return { sourceIds: [], words: [] };
  const sources = await client.$queryRaw<{ id: string; wrappedKey: Uint8Array; masterKeyId: string | null }[]>`
    SELECT s."id", s."wrappedKey", s."masterKeyId" FROM "Source" s
    WHERE s."wrappedKey" IS NOT NULL AND EXISTS (SELECT 1 FROM "RedactedText" t WHERE t."sourceId" = s."id")`;
  const current = new Map<string, Tokenizer>();
  for (const source of sources) {
    const keyedBy = `${source.masterKeyId ?? ""}:${Buffer.from(source.wrappedKey).toString("base64")}`;
    const kept = tokenizers.get(source.id);
    current.set(source.id, kept?.keyedBy === keyedBy ? kept : { keyedBy, token: sourceTokenizer(source) });
  }
  tokenizers = current;
  return { sourceIds: [...current.keys()], words: words.map((word) => [...current.values()].map((t) => t.token(SEARCH_FIELD, word))) };
}

/**
 * SQL for the ids (and approval times) of the texts holding every word, each under its own
 * source's key. A text's tokens are all under its source's key, so each source's tokens are
 * joined to that source's texts: asking every text for an overlap with all sources' tokens
 * at once made PostgreSQL compare each text's tokens with thousands (15 s at 2,000 sources).
 */
export function textsHoldingEvery(tokens: SourceTokens): Prisma.Sql {
  const columns = tokens.words.map((_, w) => Prisma.raw(`"w${w}"`));
  const arrays = tokens.words.map((perSource) => Prisma.sql`${perSource}::text[]`);
  return Prisma.sql`
    SELECT t."id", t."approvedAt", t."redactionId", t."language"
    FROM unnest(${tokens.sourceIds}::text[], ${Prisma.join(arrays)}) AS q("sourceId", ${Prisma.join(columns)})
    JOIN "RedactedText" t ON t."sourceId" = q."sourceId" AND t."searchTokens" @> ARRAY[${Prisma.join(columns.map((c) => Prisma.sql`q.${c}`))}]`;
}
