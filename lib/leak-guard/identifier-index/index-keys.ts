// What the blind index stores for a dictionary: one key per way a text can mention an
// entry — every combination of name keys along each phrase (and each of its beginnings,
// so a scan knows when to read on), the digits of numbers and the pieces of addresses.
// The keys are hashed before they are stored (index-hash.ts); this module never sees a key.
import type { Phrase, Surface } from "@/lib/redaction/detector/dictionary-surfaces";
import type { IdentifierType } from "@/lib/redaction/detector/types";

export type IndexKey = { key: string; final: boolean; type: IdentifierType };

const PART = "\u001e";
export const phraseKey = (keys: readonly string[]) => `P\u001f${keys.join(PART)}`;
export const literalKey = (piece: string) => `L\u001f${piece}`;
/** the whole digits of a number entry */
export const digitsKey = (digits: string) => `D\u001f${digits}`;
/** its national number */
export const nationalKey = (digits: string) => `N\u001f${digits}`;
/** its last seven or more digits */
export const suffixKey = (digits: string) => `S\u001f${digits}`;

export const MIN_NUMBER_SUFFIX = 7;

function phraseKeys(phrase: Phrase, type: IdentifierType, out: IndexKey[]): void {
  let paths: string[][] = [[]];
  phrase.forEach((alternatives, i) => {
    paths = paths.flatMap((path) => alternatives.map((key) => [...path, key]));
    const final = i === phrase.length - 1;
    for (const path of paths) out.push({ key: phraseKey(path), final, type });
  });
}

export function indexKeys(surfaces: readonly Surface[]): IndexKey[] {
  const out: IndexKey[] = [];
  for (const surface of surfaces) {
    if (surface.kind === "literal") out.push({ key: literalKey(surface.needle), final: true, type: surface.type });
    else if (surface.kind === "number") {
      out.push({ key: digitsKey(surface.digits), final: true, type: surface.type });
      out.push({ key: nationalKey(surface.national), final: true, type: surface.type });
      for (let n = MIN_NUMBER_SUFFIX; n <= surface.national.length; n++) out.push({ key: suffixKey(surface.national.slice(-n)), final: true, type: surface.type });
    } else for (const phrase of surface.phrases) phraseKeys(phrase, surface.type, out);
  }
  const seen = new Set<string>();
  return out.filter((k) => {
    const id = `${k.key}\u0000${k.final}\u0000${k.type}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
