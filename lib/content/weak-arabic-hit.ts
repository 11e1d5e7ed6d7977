// The dictionary matcher finds names across scripts by consonant skeleton, and for Arabic
// words it accepts a two-consonant skeleton so that "حداد" finds "Haddad". For redaction
// suggestions that recall is worth it; for the leak guard, which no reviewer can override,
// it refuses ordinary words ("واحد", one, has the skeleton of Haddad). So a one-word Arabic
// hit counts only when it also matches one of the entry's words on a strong key: the same
// spelling, or a skeleton of three consonants or more. Editors who want the Arabic form of
// a short name caught add it as a variant, which then matches exactly.
import { canonicalWord, nameKeys } from "@/lib/redaction/detector/name-key";
import { tokenize } from "@/lib/redaction/detector/tokenize";
import type { DictionaryEntry } from "@/lib/redaction/detector";

const ARABIC = /[\u0600-\u06FF]/;

function strongKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.isArticle) continue;
    for (const form of [token.key, ...token.alts]) {
      const words = canonicalWord(form);
      for (const key of nameKeys(words[words.length - 1] ?? form, false)) keys.add(key);
    }
  }
  return keys;
}

/** True when `matched` is a single Arabic word that matches no entry word on a strong key. */
export function isWeakArabicHit(matched: string, entries: DictionaryEntry[]): boolean {
  const words = tokenize(matched).filter((t) => !t.isArticle);
  if (words.length !== 1 || !ARABIC.test(matched)) return false;
  const found = strongKeys(matched);
  for (const entry of entries) {
    for (const surface of [entry.text, ...(entry.variants ?? [])]) {
      for (const key of strongKeys(surface)) if (found.has(key)) return false;
    }
  }
  return true;
}
