// The dictionary matcher finds names across scripts by consonant skeleton, and for Arabic
// words it accepts a two-consonant skeleton so that "سامي" finds "Sami" and "حداد" finds
// "Haddad". The leak guard keeps that recall: a source's name in Arabic script must block
// even when the editor only wrote it in Latin letters. The price is a few everyday words
// that share a short skeleton with common names and would block ordinary prose; those,
// and only those, are listed here. A word on the list still blocks when it matches one of
// the entry's own spellings on a strong key (the same spelling, or three consonants or more).
import { canonicalWord, nameKeys } from "@/lib/redaction/detector/name-key";
import { foldWord } from "@/lib/redaction/detector/normalize";
import { tokenize } from "@/lib/redaction/detector/tokenize";
import type { DictionaryEntry } from "@/lib/redaction/detector";

// "one", "someone", "alone", "limit/border", "iron", "new", "year" — each collides with a
// two-consonant name skeleton (Haddad, Hadi, Hamid's "HD", Sana's "SN") and is everyday prose.
const EVERYDAY_WORDS = new Set(["واحد", "واحدة", "احد", "أحد", "وحده", "وحدها", "وحدهم", "وحدنا", "حد", "حدود", "حديد", "جديد", "جديدة", "سنة", "سنوات"].map(foldWord));

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

/** True when `matched` is one everyday Arabic word that matches none of the entries on a strong key. */
export function isEverydayArabicWord(matched: string, entries: DictionaryEntry[]): boolean {
  const words = tokenize(matched).filter((t) => !t.isArticle);
  if (words.length !== 1 || !ARABIC.test(matched)) return false;
  const token = words[0]!;
  if (![token.key, ...token.alts].some((form) => EVERYDAY_WORDS.has(form))) return false;
  const found = strongKeys(matched);
  for (const entry of entries) {
    for (const surface of [entry.text, ...(entry.variants ?? [])]) {
      for (const key of strongKeys(surface)) if (found.has(key)) return false;
    }
  }
  return true;
}
