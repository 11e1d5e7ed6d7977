// An index held in memory, for the command-line check and for tests: the same keys and
// hashes as the database index, built from entries given directly.
import { compileSurfaces } from "@/lib/redaction/detector/dictionary-surfaces";
import type { DictionaryEntry } from "@/lib/redaction/detector/types";
import type { IndexLookup, IndexRow } from "./find-in-index";
import { type KeyHasher } from "./index-hash";
import { indexRecords } from "./index-keys";
import { guardEntries } from "./guard-entries";
import { isOrdinaryWord } from "../word-roles";
import { loadArabicWords } from "../arabic-words";

export type IndexedSource = { id: string; realName?: string | null; entries: readonly DictionaryEntry[] };

export async function memoryIndex(sources: readonly IndexedSource[], hash: KeyHasher): Promise<IndexLookup> {
  await loadArabicWords();
  const rows = new Map<string, IndexRow[]>();
  for (const source of sources) {
    for (const { key, final, type, word } of indexRecords(compileSurfaces(guardEntries(source.entries, source.realName), "guard", isOrdinaryWord), hash)) {
      const h = hash(key);
      const list = rows.get(h) ?? [];
      list.push({ sourceId: source.id, type, final, word });
      rows.set(h, list);
    }
  }
  return async (keys) => {
    const out = new Map<string, readonly IndexRow[]>();
    for (const key of keys) {
      const found = rows.get(hash(key));
      if (found) out.set(key, found);
    }
    return out;
  };
}
