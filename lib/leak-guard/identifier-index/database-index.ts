// The blind index as the app reads it: the keys of a checked text are hashed and looked
// up in IdentifierIndexEntry, a few hundred at a time.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { IdentifierType } from "@/lib/redaction/detector/types";
import type { IndexLookup, IndexRow } from "./find-in-index";
import { appKeyHashers } from "./source-index";

const CHUNK = 2_000;

export function databaseIndex(client: Db | Tx): IndexLookup {
  const hashes = appKeyHashers();
  return async (keys) => {
    const keysByHash = new Map<string, string[]>();
    for (const key of keys) {
      for (const hash of hashes) {
        const h = hash(key);
        keysByHash.set(h, [...(keysByHash.get(h) ?? []), key]);
      }
    }
    const looked = [...keysByHash.keys()];
    const out = new Map<string, IndexRow[]>();
    for (let i = 0; i < looked.length; i += CHUNK) {
      // one parameter for the whole list: a quarter of the time of findMany's IN ($1, …, $n)
      const rows = await client.$queryRaw<{ hash: string; sourceId: string; final: boolean; type: string; word: string | null }[]>`
        SELECT "hash", "sourceId", "final", "type", "word" FROM "IdentifierIndexEntry" WHERE "hash" = ANY(${looked.slice(i, i + CHUNK)}::text[])`;
      for (const row of rows) {
        for (const key of keysByHash.get(row.hash) ?? []) out.set(key, [...(out.get(key) ?? []), { sourceId: row.sourceId, final: row.final, type: row.type as IdentifierType | "WORD", word: row.word }]);
      }
    }
    return out;
  };
}
