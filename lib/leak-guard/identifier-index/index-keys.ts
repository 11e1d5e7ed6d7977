// What the blind index stores for a dictionary, in two levels. A WORD row says which word
// of some entry a key belongs to ("~HDAD" → word w7); an entry row says which sequences of
// words make an entry (w3 w7 → a PERSON), each beginning of the sequence included so a scan
// knows when to read on. A word is known by all its keys (spellings, sounds) at once, so a
// phrase needs one row per word, not one per combination of keys. Numbers are stored by
// their digits, addresses by their pieces. Every key is hashed before it is stored (the
// hasher is passed in), and word ids are hashes too.
import type { Phrase, Surface } from "@/lib/redaction/detector/dictionary-surfaces";
import type { IdentifierType } from "@/lib/redaction/detector/types";

export type IndexRecord = { key: string; final: boolean; type: IdentifierType | "WORD"; word: string | null };

export const wordKey = (key: string) => `K\u001f${key}`;
export const pathKey = (wordIds: readonly string[]) => `P\u001f${wordIds.join("\u001e")}`;
export const literalKey = (piece: string) => `L\u001f${piece}`;
export const codeKey = (code: string) => `C\u001f${code}`;
/** the whole digits of a number entry */
export const digitsKey = (digits: string) => `D\u001f${digits}`;
/** its national number */
export const nationalKey = (digits: string) => `N\u001f${digits}`;
/** its last seven or more digits */
export const suffixKey = (digits: string) => `S\u001f${digits}`;

export const MIN_NUMBER_SUFFIX = 7;

/** The id of a word with these keys: the same keys give the same id in every entry and source. */
export const wordIdKey = (keys: readonly string[]) => `W\u001f${[...new Set(keys)].sort().join("\u001e")}`;

function phraseRecords(phrase: Phrase, type: IdentifierType, hash: (key: string) => string, out: IndexRecord[]): void {
  const ids = phrase.map((keys) => hash(wordIdKey(keys)));
  phrase.forEach((keys, i) => {
    for (const key of keys) out.push({ key: wordKey(key), final: false, type: "WORD", word: ids[i]! });
  });
  for (let n = 1; n <= ids.length; n++) out.push({ key: pathKey(ids.slice(0, n)), final: n === ids.length, type, word: null });
}

export function indexRecords(surfaces: readonly Surface[], hash: (key: string) => string): IndexRecord[] {
  const out: IndexRecord[] = [];
  for (const surface of surfaces) {
    if (surface.kind === "literal") out.push({ key: literalKey(surface.needle), final: true, type: surface.type, word: null });
    else if (surface.kind === "code") out.push({ key: codeKey(surface.code), final: true, type: surface.type, word: null });
    else if (surface.kind === "number") {
      out.push({ key: digitsKey(surface.digits), final: true, type: surface.type, word: null });
      out.push({ key: nationalKey(surface.national), final: true, type: surface.type, word: null });
      for (let n = MIN_NUMBER_SUFFIX; n <= surface.national.length; n++) out.push({ key: suffixKey(surface.national.slice(-n)), final: true, type: surface.type, word: null });
    } else for (const phrase of surface.phrases) phraseRecords(phrase, surface.type, hash, out);
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const id = `${r.key}\u0000${r.final}\u0000${r.type}\u0000${r.word}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
