// Keeps one source's rows of the blind index equal to its dictionary and real name. Called
// in the same transaction as every change to them, so a check never sees a half-updated
// index; rows of a removed entry go with it (foreign key, on delete cascade). Keys that name
// no source are also counted in IdentifierIndexKey, by triggers on every insert and delete.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { keyProvider, sourceCipher } from "@/lib/crypto/source-keys";
import { compileSurfaces } from "@/lib/redaction/detector/dictionary-surfaces";
import type { DictionaryEntry, IdentifierType } from "@/lib/redaction/detector/types";
import { dictionaryField, SOURCE_FIELDS } from "@/lib/sources/source-records";
import { guardEntries } from "./guard-entries";
import { isOrdinaryWord } from "../word-roles";
import { loadArabicWords } from "../arabic-words";
import { INDEX_SECRET_LABEL, keyHasher, type KeyHasher } from "./index-hash";
import { indexRecords } from "./index-keys";

/** Raised whenever what the index stores changes (key derivation, matching rules): stale sources are rebuilt. */
export const INDEX_FORMAT = 5;

const hashers = new Map<string, KeyHasher>();

function hasherUnder(masterKeyId: string): KeyHasher {
  let hash = hashers.get(masterKeyId);
  if (!hash) hashers.set(masterKeyId, (hash = keyHasher(keyProvider().derive(INDEX_SECRET_LABEL, masterKeyId))));
  return hash;
}

/** The hasher under the current master key's index secret: every row is written with it. */
export function appKeyHasher(): KeyHasher {
  return hasherUnder(keyProvider().currentKeyId);
}

/**
 * One hasher per configured master key, current first. During a key rotation a source's rows
 * are under the previous key until the rotation rebuilds them, so lookups try both.
 */
export function appKeyHashers(): KeyHasher[] {
  return keyProvider().keyIds.map(hasherUnder);
}

type Row = { sourceId: string; dictionaryEntryId: string | null; hash: string; final: boolean; type: string; word: string | null };

function rowsFor(sourceId: string, dictionaryEntryId: string | null, entries: DictionaryEntry[], hash: KeyHasher): Row[] {
  return indexRecords(compileSurfaces(guardEntries(entries), "guard", isOrdinaryWord), hash).map(({ key, final, type, word }) => ({ sourceId, dictionaryEntryId, hash: hash(key), final, type, word }));
}

const namesSource = (row: Pick<Row, "final" | "type">) => row.final && row.type !== "WORD";

// Any number that no other advisory lock of the app uses.
const INDEX_WRITERS_LOCK = 7_245_100_113;

/**
 * Takes, until the transaction ends, the one lock every writer of the blind index takes before
 * its first write (a rebuild, an erasure, a removed dictionary entry). Sorted row locks alone
 * do not keep writers apart: a key committed by one writer while a second waited is not seen
 * by the second's locking statement, but is locked by a third that started later, which then
 * waits on the second for another key while the second's trigger waits on it for this one — a
 * deadlock that refused the edit. Writers already queue on the index token's row from their
 * first write to their commit (index-generation.ts), so this costs no parallelism they had.
 */
export async function lockIndexWriters(tx: Db | Tx): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${INDEX_WRITERS_LOCK}::bigint)`;
}

/**
 * Locks, in one sorted statement, the shared keys (IdentifierIndexKey) the source's old and new
 * rows hold. The triggers that count holders then only touch keys this transaction holds
 * already (or new ones), so two sources rebuilt at once that share keys wait for each other
 * instead of deadlocking, whichever keys each gains or loses.
 */
async function lockSharedKeys(tx: Db | Tx, sourceId: string, rows: readonly Row[]): Promise<void> {
  await lockIndexWriters(tx);
  const shared = rows.filter((r) => !namesSource(r));
  await tx.$queryRaw`
    SELECT 1 FROM "IdentifierIndexKey" "k"
    WHERE ("k"."hash", "k"."final", "k"."type", "k"."word") IN (
      SELECT "hash", "final", "type", COALESCE("word", '') FROM "IdentifierIndexEntry"
      WHERE "sourceId" = ${sourceId} AND NOT ("final" AND "type" <> 'WORD')
      UNION
      SELECT * FROM unnest(${shared.map((r) => r.hash)}::text[], ${shared.map((r) => r.final)}::boolean[], ${shared.map((r) => r.type)}::text[], ${shared.map((r) => r.word ?? "")}::text[])
    )
    ORDER BY "k"."hash", "k"."final", "k"."type", "k"."word"
    FOR UPDATE OF "k"`;
}

/** Replaces every row of the source from its decrypted dictionary and real name. */
export async function rebuildSourceIndex(tx: Db | Tx, sourceId: string): Promise<void> {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { id: true, wrappedKey: true, masterKeyId: true, realNameEnc: true, dictionary: { select: { id: true, entryEnc: true } } },
  });
  if (!source) return;
  if (!source.wrappedKey) {
    // an erased source: nothing of it may be indexed any more
    await lockSharedKeys(tx, sourceId, []);
    await tx.identifierIndexEntry.deleteMany({ where: { sourceId } });
    return;
  }
  await loadArabicWords();
  const cipher = sourceCipher(source);
  const hash = appKeyHasher();
  const rows: Row[] = [];
  for (const entry of source.dictionary) {
    const { text, type, variants } = cipher.openJson<{ text: string; type: IdentifierType; variants: string[] }>(dictionaryField(entry.id), entry.entryEnc);
    rows.push(...rowsFor(source.id, entry.id, [{ text, type, variants }], hash));
  }
  if (source.realNameEnc) rows.push(...rowsFor(source.id, null, [{ text: cipher.openText(SOURCE_FIELDS.realName, source.realNameEnc), type: "PERSON" }], hash));
  await lockSharedKeys(tx, sourceId, rows);
  await tx.identifierIndexEntry.deleteMany({ where: { sourceId } });
  if (rows.length > 0) await tx.identifierIndexEntry.createMany({ data: rows });
  await tx.source.update({ where: { id: sourceId }, data: { indexFormat: INDEX_FORMAT } });
}

/**
 * Rebuilds every source indexed under an older format (or never): after an upgrade, or for
 * data written before the index existed. Each source in one transaction of its own, unless
 * the caller is already in one.
 */
export async function rebuildStaleIndexes(client: Db | Tx): Promise<number> {
  let rebuilt = 0;
  for (;;) {
    const stale = await client.source.findMany({ where: { indexFormat: { lt: INDEX_FORMAT }, wrappedKey: { not: null } }, select: { id: true }, take: 50 });
    if (stale.length === 0) return rebuilt;
    for (const { id } of stale) {
      // the word lists load once, outside the transaction; a busy machine still gets a generous limit
      await loadArabicWords();
      if ("$transaction" in client) await client.$transaction((tx) => rebuildSourceIndex(tx, id), { timeout: 60_000 });
      else await rebuildSourceIndex(client, id);
    }
    rebuilt += stale.length;
  }
}
