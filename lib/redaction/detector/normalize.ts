// Folding used by every lexicon lookup so that spelling noise (case, Latin diacritics,
// Arabic tashkeel, hamza seats, taa marbuta) never decides whether a word is found.

const LATIN_EXTRA: Record<string, string> = { "ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l" };
const APOSTROPHES = /['’ʿʾ`´‘]/g;
const MARKS = /\p{M}/gu;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;

// Words repeat a lot in a corpus; folding is the hottest path of the detector.
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/**
 * Lower-case, strip diacritics and tashkeel, unify Arabic letter variants. Alef maqsura
 * (ى) stays apart from yaa (ي): folding it would make the preposition على read as the
 * name علي.
 */
export function foldWord(word: string): string {
  const cached = FOLD_CACHE.get(word);
  if (cached !== undefined) return cached;
  const folded = foldUncached(word);
  if (FOLD_CACHE.size >= FOLD_CACHE_LIMIT) FOLD_CACHE.clear();
  FOLD_CACHE.set(word, folded);
  return folded;
}

/** Plain ASCII letters need none of the folding below; most words of a Latin transcript are. */
const PLAIN_ASCII = /^[A-Za-z]*$/;

function foldUncached(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  let out = word.normalize("NFD").replace(MARKS, "").replace(TATWEEL, "").replace(APOSTROPHES, "").toLowerCase();
  out = out.replace(/[ıßøæœđł]/g, (c) => LATIN_EXTRA[c] ?? c);
  return out
    .replace(ALEF_FORMS, "\u0627")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0624/g, "\u0648")
    .replace(/\u0626/g, "\u064A");
}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
export function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word);
}

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Arabic-Indic and Persian digits to ASCII, same length, so offsets survive. */
export function asciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}
