// Approved redacted testimony is sealed under its source's data key, like the raw transcript:
// it holds no identifier the redaction found, yet the source's own words can recognise them,
// so erasing the source (destroying its key) must leave nothing of it readable — in the
// database and in any backup, once the master key of that time is gone (README, erasure).
// Search finds it through a blind index: one keyed token per distinct word, under a key
// derived from the same data key, so the tokens too become meaningless with the key.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { sourceCipher, type SourceCipher } from "@/lib/crypto/source-keys";

export const SEARCH_FIELD = "redacted-text:search";

/** The words a search matches: NFKC, lower case, split on anything that is not a letter, mark or digit. */
export function searchWords(text: string): string[] {
  return [...new Set(text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean))];
}

export function searchTokens(cipher: SourceCipher, text: string): string[] {
  return searchWords(text).map((word) => cipher.blindToken(SEARCH_FIELD, word));
}

const textField = (redactionId: string) => `redaction:${redactionId}:redacted-text`;

export function sealRedactedText(cipher: SourceCipher, redactionId: string, text: string): { textEnc: Uint8Array<ArrayBuffer>; searchTokens: string[] } {
  // Sorted: in the order words first appear, the tokens would show the shape of the text.
  return { textEnc: cipher.sealText(textField(redactionId), text), searchTokens: searchTokens(cipher, text).sort() };
}

/** The text of a row; rows written before sealing hold it in `text` until `npm run db:migrate` (or start) seals them. */
export function openRedactedText(cipher: SourceCipher, row: { redactionId: string; textEnc: Uint8Array | null; text: string | null }): string {
  if (row.textEnc) return cipher.openText(textField(row.redactionId), row.textEnc);
  return row.text ?? "";
}

type SealedRow = { sourceId: string; redactionId: string; textEnc: Uint8Array | null; text: string | null };

/** Opens rows of several sources, unwrapping each source's key once. */
export async function openRedactedTexts<T extends SealedRow>(client: Db | Tx, rows: T[]): Promise<(Omit<T, "text" | "textEnc"> & { text: string })[]> {
  const sourceIds = [...new Set(rows.map((r) => r.sourceId))];
  const sources = sourceIds.length ? await client.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, wrappedKey: true, masterKeyId: true } }) : [];
  const ciphers = new Map(sources.map((s) => [s.id, s.wrappedKey ? sourceCipher(s) : null]));
  return rows.map(({ textEnc, text, ...rest }) => {
    const cipher = ciphers.get(rest.sourceId);
    return { ...rest, text: cipher ? openRedactedText(cipher, { redactionId: rest.redactionId, textEnc, text }) : "" };
  });
}

/** What to select of a row to open it. */
export const SEALED_TEXT_FIELDS = { sourceId: true, redactionId: true, textEnc: true, text: true } as const;
