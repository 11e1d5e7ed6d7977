// Finding approved redacted testimony by its words without reading plaintext in SQL: each
// query word becomes its token under every source's key (sealed-redacted-text.ts), and a text
// matches when, for every word, its tokens hold one of them. One HMAC per source and word.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { searchTokens, searchWords } from "./sealed-redacted-text";

/** For each word of the query, its tokens under every source that has approved testimony. */
export async function queryTokensPerWord(client: Db | Tx, query: string): Promise<string[][]> {
  const words = searchWords(query).slice(0, 20);
  if (words.length === 0) return [];
  const sources = await client.$queryRaw<{ id: string; wrappedKey: Uint8Array; masterKeyId: string | null }[]>`
    SELECT s."id", s."wrappedKey", s."masterKeyId" FROM "Source" s
    WHERE s."wrappedKey" IS NOT NULL AND EXISTS (SELECT 1 FROM "RedactedText" t WHERE t."sourceId" = s."id")`;
  const ciphers = sources.map((s) => sourceCipher(s));
  return words.map((word) => ciphers.flatMap((cipher) => searchTokens(cipher, word)));
}
