// Word tokens with offsets. Arabic clitics and the article are split into virtual tokens
// so that "بالرقة", "الرقة" and "al-Raqqa" all look up the same key.
import { foldWord, isArabicWord } from "./normalize";

export type Token = {
  start: number;
  end: number;
  key: string;
  /** extra keys to try (Arabic clitic and suffix variants) */
  alts: readonly string[];
  isArticle: boolean;
  /** the article is glued to the next word (hyphen, Arabic prefix), so it belongs to its span */
  attached: boolean;
  capitalised: boolean;
  arabic: boolean;
  /** first word of a sentence or line: capitalisation says nothing there */
  sentenceStart: boolean;
};

const LATIN_ARTICLES = new Set(["al", "el", "il", "ul"]);
const SUN_ARTICLES = new Set(["ash", "as", "at", "ad", "an", "ar", "az", "ath", "adh", "es", "esh", "ed", "en", "er", "ez", "et", "ut", "us", "ud", "un"]);
const ARABIC_ARTICLE_PREFIX = /^(?:[وفبك]?ال|لل)(?=..)/;
const ARABIC_CLITIC = /^[وفبلك](?=...)/;
const ARABIC_SUFFIXES = ["ا", "ه", "ين", "ون", "ات", "يه", "يا"];

const ALTS_CACHE = new Map<string, string[]>();

function arabicAlts(key: string): string[] {
  const cached = ALTS_CACHE.get(key);
  if (cached) return cached;
  const alts = arabicAltsUncached(key);
  if (ALTS_CACHE.size > 50_000) ALTS_CACHE.clear();
  ALTS_CACHE.set(key, alts);
  return alts;
}

function arabicAltsUncached(key: string): string[] {
  const alts = new Set<string>();
  const stems = [key];
  if (ARABIC_CLITIC.test(key)) stems.push(key.slice(1));
  for (const stem of stems) {
    alts.add(stem);
    for (const suffix of ARABIC_SUFFIXES) {
      if (stem.length - suffix.length >= 3 && stem.endsWith(suffix)) alts.add(stem.slice(0, -suffix.length));
    }
    // place names end in taa marbuta or alef by writer ("أورفة"/"أورفا"); short words are left alone ("منه")
    if (stem.length >= 4 && stem.endsWith("ه")) alts.add(stem.slice(0, -1) + "ا");
  }
  alts.delete(key);
  return [...alts];
}

/** Per UTF-16 unit, looking back from a word: 1 ends a sentence, 2 may sit between that end and the word. */
const BEFORE_WORD = new Uint8Array(0x10000);
for (const c of "\n.!?:;]\"“«>") BEFORE_WORD[c.charCodeAt(0)] = 1;
for (const c of " \t\r\u00A0-–—([*#'‘") BEFORE_WORD[c.charCodeAt(0)] = 2;

function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const kind = BEFORE_WORD[text.charCodeAt(i)];
    if (kind === 1) return true;
    if (kind !== 2) return false;
  }
  return true;
}

/** What a word contributes to its tokens; words repeat, so this is computed once per spelling. */
type WordInfo = {
  key: string;
  arabic: boolean;
  alts: readonly string[];
  /** length of a glued Arabic article ("ال", "بال", "لل"), 0 when none */
  articleCut: number;
  restKey: string;
  restAlts: readonly string[];
  capitalised: boolean;
  latinArticle: boolean;
  sunArticle: boolean;
};

const WORD_INFO = new Map<string, WordInfo>();
const NO_ALTS: readonly string[] = [];

function wordInfo(word: string): WordInfo {
  const cached = WORD_INFO.get(word);
  if (cached) return cached;
  const key = foldWord(word);
  const arabic = isArabicWord(word);
  const prefix = arabic ? ARABIC_ARTICLE_PREFIX.exec(key) : null;
  const articleCut = prefix && key.length - prefix[0].length >= 2 ? prefix[0].length : 0;
  const restKey = articleCut > 0 ? key.slice(articleCut) : key;
  const initial = word[0] ?? "";
  const info: WordInfo = {
    key,
    arabic,
    alts: arabic ? arabicAlts(key) : NO_ALTS,
    articleCut,
    restKey,
    restAlts: articleCut > 0 ? arabicAlts(restKey) : NO_ALTS,
    capitalised: initial !== initial.toLowerCase(),
    latinArticle: LATIN_ARTICLES.has(key),
    sunArticle: SUN_ARTICLES.has(key),
  };
  if (WORD_INFO.size > 50_000) WORD_INFO.clear();
  WORD_INFO.set(word, info);
  return info;
}

// A hand-written scan instead of a /[\p{L}\p{M}'’ʿʾ]+/gu exec loop: tokenizing was the
// largest single cost of the detector, mostly match objects and Unicode class tests.
const WORD_CHAR = /^[\p{L}\p{M}'’ʿʾ]$/u;
/** Per UTF-16 unit: 0 not yet known, 1 word character, 2 other. */
const UNIT_CLASS = new Uint8Array(0x10000);

/** Length in units of the word character at `i` (2 for an astral letter), 0 if none. */
function wordUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && WORD_CHAR.test(pair) ? 2 : 0;
  }
  let k = UNIT_CLASS[c] ?? 2;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    UNIT_CLASS[c] = k;
  }
  return k === 1 ? 1 : 0;
}

const QUOTE_UNITS = new Set([..."'’ʿʾ‘"].map((q) => q.charCodeAt(0)));

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let units = wordUnitsAt(text, i);
    if (units === 0) { i++; continue; }
    let start = i;
    i += units;
    while (i < n && (units = wordUnitsAt(text, i)) > 0) i += units;
    let end = i;
    // quotes around a word are punctuation, not part of it
    while (start < end && QUOTE_UNITS.has(text.charCodeAt(start))) start++;
    while (end > start && QUOTE_UNITS.has(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const info = wordInfo(text.slice(start, end));
    const { key, arabic } = info;
    const sentenceStart = isSentenceStart(text, start);
    if (arabic) {
      if (info.articleCut > 0) {
        const cut = info.articleCut;
        tokens.push({ start, end: start + cut, key: "al", alts: NO_ALTS, isArticle: true, attached: true, capitalised: true, arabic, sentenceStart });
        tokens.push({ start: start + cut, end, key: info.restKey, alts: info.restAlts, isArticle: false, attached: false, capitalised: true, arabic, sentenceStart: false });
        continue;
      }
      tokens.push({ start, end, key, alts: info.alts, isArticle: false, attached: false, capitalised: true, arabic, sentenceStart });
      continue;
    }
    const hyphenAfter = text[end] === "-" || text[end] === "‑";
    const isArticle = info.latinArticle || (hyphenAfter && info.sunArticle);
    tokens.push({ start, end, key: isArticle ? "al" : key, alts: NO_ALTS, isArticle, attached: isArticle && hyphenAfter, capitalised: info.capitalised, arabic, sentenceStart });
  }
  return tokens;
}

/** Articles are optional in lookups: "al-Bab", "Bab" and "el Bab" share a key. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.isArticle);
}
