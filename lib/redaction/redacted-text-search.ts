// Finding approved redacted testimony by its words without reading plaintext in SQL: each
// query word becomes its token under every source's key (sealed-redacted-text.ts), and a text
// matches when, for every word, its tokens hold one of them. One HMAC per source and word.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { sourceTokenizer } from "@/lib/crypto/source-keys";
import { SEARCH_FIELD, searchWords } from "./sealed-redacted-text";

type Tokenizer = { keyedBy: string; token: (field: string, value: string) => string };

// Unwrapping every source's data key on every search cost more than the search itself (about
// 0.6 s for 2,000 sources on a busy 2-core machine). So each source's tokenizer, which holds
// only the token key and can decrypt nothing, is kept between searches. It is keyed by the
// wrapped key, so a re-wrapped key makes a new one, and the map keeps only the sources of the
// latest search: an erased source (wrapped key destroyed) drops out at the next one.
let tokenizers = new Map<string, Tokenizer>();

/** For each word of the query, its tokens under every source that has approved testimony. */
export async function queryTokensPerWord(client: Db | Tx, query: string): Promise<string[][]> {
  const words = searchWords(query).slice(0, 20);
  if (words.length === 0) return [];
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
  return words.map((word) => [...current.values()].map((t) => t.token(SEARCH_FIELD, word)));
}
