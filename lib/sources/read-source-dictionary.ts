// The source's identifier dictionary, decrypted. Internal: no actor and no audit;
// callers (reveal-source-identifiers, the redaction workflow) check and audit themselves.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { NotFound } from "@/lib/errors";
import { dictionaryField, noSuchSource } from "./source-records";

export type DictionaryEntryView = { id: string; text: string; type: string; variants: string[] };

/** Throws NotFound for an unknown source: an empty dictionary would silently weaken redaction. */
export async function readSourceDictionary(client: Db | Tx, sourceId: string): Promise<DictionaryEntryView[]> {
  const source = await client.source.findUnique({
    where: { id: sourceId },
    select: { id: true, wrappedKey: true, masterKeyId: true, dictionary: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, entryEnc: true } } },
  });
  if (!source) throw new NotFound(noSuchSource());
  const cipher = sourceCipher(source);
  return source.dictionary.map((row) => {
    const entry = cipher.openJson<{ text: string; type: string; variants: string[] }>(dictionaryField(row.id), row.entryEnc);
    return { id: row.id, text: entry.text, type: entry.type, variants: entry.variants };
  });
}
