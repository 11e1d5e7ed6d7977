// How each word of a checked text may take part in a name match (see WordRole in the
// detector's dictionary-text.ts). Prose is full of ordinary words that sound like someone's
// name; with thousands of sources in the index, each of them would block some item unless
// ordinary words alone only match a name spelled exactly as they are.
import type { WordRole, WordRoleOf } from "@/lib/redaction/detector/dictionary-text";
import { SAFE_KEYS } from "@/lib/redaction/detector/gazetteers";
import { COMPROMISE_CITIES, COMPROMISE_DEMONYMS } from "@/lib/redaction/detector/nlp-names";
import type { Token } from "@/lib/redaction/detector/tokenize";
import { keepsAlifMaqsura } from "./arabic-letters";
import { isArabicWord } from "./arabic-words";
import type { CanonicalText } from "./canonical-text";
import { isEnglishWord } from "./english-words";

// Countries, cities, peoples and faiths ("Syria", "Sunni", "Europeans"): well-known proper
// nouns, matched only as spelled, so they never meet a source's name by its sound.
let properNouns: Set<string> | undefined;
function isWellKnownProperNoun(key: string): boolean {
  properNouns ??= new Set([...SAFE_KEYS].filter((k) => !k.includes(" ")).concat(COMPROMISE_CITIES, COMPROMISE_DEMONYMS));
  return properNouns.has(key) || (key.endsWith("s") && properNouns.has(key.slice(0, -1)));
}

const CONTRACTION = /['’](?:m|s|re|ve|ll|d|t)$/i;

/** "it's", "they're", "isn't": an everyday word contracted (the n of n't belongs to "not"). */
function isContraction(spelled: string): boolean {
  const stem = spelled.replace(CONTRACTION, "").toLowerCase();
  return isEnglishWord(stem) || (stem.endsWith("n") && isEnglishWord(stem.slice(0, -1)));
}

// The group's own vocabulary, transliterated: no one's name.
const GROUP_TERMS = new Set(["wilayah", "wilaya", "wilayat", "dawla", "dawlah", "khilafa", "khilafah", "hisba", "hisbah", "diwan", "amniyat", "amni", "shura", "bayah", "baya", "katiba", "katibat", "liwa", "sabaya", "ghanima", "zakat", "hijrah", "murtad", "murtaddin", "kuffar", "kafir", "taghut", "tawaghit", "dabiq", "rumiyah", "amaq", "naba"]);

// Pronouns, demonstratives and particles: no name in any spelling, even in a phrase.
const ARABIC_FUNCTION_WORDS = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هو", "هي", "هم", "هن", "نحن", "أنا", "انا", "أنت", "انت", "أنتم", "في", "من", "عن", "مع", "ثم", "أو", "او", "أن", "ان", "إن", "لا", "لم", "لن", "ما", "قد", "كل", "بعد", "قبل", "عند", "بين", "منذ", "حين", "كان", "كانت", "كانوا"]);

/** Is this word (as written) an ordinary word of its script rather than a name? */
export function isOrdinaryWord(spelling: string): boolean {
  return /[\u0600-\u06FF]/.test(spelling) ? isArabicWord(spelling) : isEnglishWord(spelling.toLowerCase().replace(/['’]/g, ""));
}

/** The Arabic word around a token as written, its article and clitics included (the tokenizer splits "ال" off). */
function wholeArabicWord(original: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && /[\u0600-\u06FF]/.test(original[start - 1]!)) start--;
  return original.slice(start, to);
}

/** `original`: the text before canonical form, where the word is spelled as its writer spelled it. */
export function guardWordRole(original: string, canonical: CanonicalText): WordRoleOf {
  return (token: Token): WordRole => {
    if (token.key.startsWith("#")) return "strict";
    const spelled = original.slice(canonical.from[token.start], canonical.to[token.end - 1]);
    if (token.arabic) {
      const word = wholeArabicWord(original, canonical.from[token.start]!, canonical.to[token.end - 1]!);
      if (keepsAlifMaqsura(word) || ARABIC_FUNCTION_WORDS.has(word.replace(/^[وف]/, ""))) return "never";
      return isArabicWord(word) || isArabicWord(spelled) || isArabicWord(canonical.text.slice(token.start, token.end)) ? "ordinary" : "strict";
    }
    if (GROUP_TERMS.has(token.key)) return "spelled";
    // "it's", "that's": a contraction of an everyday word; "Doski's" is a name's possessive
    const ordinary = isEnglishWord(token.key) || (CONTRACTION.test(spelled) && isContraction(spelled));
    if (ordinary && !(token.capitalised && !token.sentenceStart)) return "phrase-only";
    if (ordinary || isWellKnownProperNoun(token.key)) return "spelled";
    return "strict";
  };
}
