// The blind index as the app reads it: the keys of a checked text are hashed and looked
// up, a few thousand at a time.
//
// Only an entry's own rows (final, not WORD) say which source a match belongs to: those come
// from IdentifierIndexEntry. A WORD row or a prefix row is the same for every source that
// shares the word ("abd", "mohammed"), and is stored once in IdentifierIndexKey: a check then
// reads and handles a number of rows that does not grow with the number of sources sharing a
// name part.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { IdentifierType } from "@/lib/redaction/detector/types";
import type { IndexLookup, IndexRow } from "./find-in-index";
import { appKeyHashers } from "./source-index";

const CHUNK = 2_000;
/** Rows of WORD and prefix keys carry no source: the matcher reads only their word and kind. */
const SHARED_ROW_SOURCE = "";

type Row = { hash: string; sourceId: string; final: boolean; type: string; word: string | null };

function lookupRows(client: Db | Tx, hashes: string[]): Promise<Row[]> {
  // One parameter for the whole list (a quarter of the time of findMany's IN ($1, …, $n)), and
  // one index probe per hash: the LATERAL subquery (kept apart by OFFSET 0) leaves the planner
  // no whole-table scan to choose, even before statistics exist for a freshly filled index.
  return client.$queryRaw<Row[]>`
    SELECT "row".* FROM unnest(${hashes}::text[]) AS "asked"("hash"), LATERAL (
      SELECT "hash", "sourceId", "final", "type", "word" FROM "IdentifierIndexEntry"
      WHERE "hash" = "asked"."hash" AND "final" AND "type" <> 'WORD'
      UNION ALL
      SELECT "hash", ${SHARED_ROW_SOURCE} AS "sourceId", "final", "type", NULLIF("word", '') AS "word" FROM "IdentifierIndexKey"
      WHERE "hash" = "asked"."hash"
      OFFSET 0
    ) AS "row"`;
}

export function databaseIndex(client: Db | Tx): IndexLookup {
  const hashes = appKeyHashers();
  return async (keys) => {
    const keysByHash = new Map<string, string[]>();
    for (const key of keys) {
      for (const hash of hashes) {
        const h = hash(key);
        const list = keysByHash.get(h);
        if (list) list.push(key);
        else keysByHash.set(h, [key]);
      }
    }
    const looked = [...keysByHash.keys()];
    const out = new Map<string, IndexRow[]>();
    for (let i = 0; i < looked.length; i += CHUNK) {
      for (const row of await lookupRows(client, looked.slice(i, i + CHUNK))) {
        const indexRow: IndexRow = { sourceId: row.sourceId, final: row.final, type: row.type as IdentifierType | "WORD", word: row.word };
        for (const key of keysByHash.get(row.hash) ?? []) {
          const list = out.get(key);
          if (list) list.push(indexRow);
          else out.set(key, [indexRow]);
        }
      }
    }
    return out;
  };
}
