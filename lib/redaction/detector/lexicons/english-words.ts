// Is a word ordinary English? Hunspell's lower-case stems (see english-words.generated.ts)
// plus the regular inflections, so a capitalised "Convention", "Proceedings" or "Tyres" is
// recognised as a common word rather than taken for a name.
import { ENGLISH_STEMS } from "./english-words.generated";

const STEMS: ReadonlySet<string> = new Set(ENGLISH_STEMS.split(/\s+/).filter(Boolean));

/** Suffixes and what the stem ended in before them: "parties" → "party", "hoped" → "hope". */
const INFLECTIONS: readonly [suffix: string, replacement: string][] = [
  ["ies", "y"], ["ied", "y"], ["es", ""], ["s", ""], ["ed", ""], ["ed", "e"], ["d", ""], ["ing", ""], ["ing", "e"],
  ["ers", ""], ["er", ""], ["ly", ""], ["ally", ""], ["ness", ""], ["ment", ""], ["ments", ""],
];

export function isEnglishStem(folded: string): boolean {
  return STEMS.has(folded);
}

/** True for a Hunspell stem or a regular inflection of one (folded, lower-case input). */
export function isEnglishWord(folded: string): boolean {
  if (STEMS.has(folded)) return true;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (folded.length - suffix.length >= 3 && folded.endsWith(suffix) && STEMS.has(folded.slice(0, -suffix.length) + replacement)) return true;
  }
  return false;
}
