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

const WORD = /[\p{L}\p{M}'’ʿʾ]+/gu;
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
  }
  alts.delete(key);
  return [...alts];
}

const ENDS_SENTENCE = new Set([..."\n.!?:;]\"“«>"]);
const SKIPPED_BEFORE_WORD = new Set([..." \t\r\u00A0-–—([*#'‘"]);

function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i] ?? "";
    if (ENDS_SENTENCE.has(c)) return true;
    if (!SKIPPED_BEFORE_WORD.has(c)) return false;
  }
  return true;
}

const QUOTES = new Set([..."'’ʿʾ‘"]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    let start = match.index;
    // quotes around a word are punctuation, not part of it
    while (QUOTES.has(word[0] ?? "")) { word = word.slice(1); start += 1; }
    while (QUOTES.has(word[word.length - 1] ?? "")) word = word.slice(0, -1);
    if (word === "") continue;
    const end = start + word.length;
    const key = foldWord(word);
    const arabic = isArabicWord(word);
    const sentenceStart = isSentenceStart(text, start);
    if (arabic) {
      const prefix = ARABIC_ARTICLE_PREFIX.exec(key);
      if (prefix && key.length - prefix[0].length >= 2) {
        const cut = prefix[0].length;
        tokens.push({ start, end: start + cut, key: "al", alts: [], isArticle: true, attached: true, capitalised: true, arabic, sentenceStart });
        const rest = key.slice(cut);
        tokens.push({ start: start + cut, end, key: rest, alts: arabicAlts(rest), isArticle: false, attached: false, capitalised: true, arabic, sentenceStart: false });
        continue;
      }
      tokens.push({ start, end, key, alts: arabicAlts(key), isArticle: false, attached: false, capitalised: true, arabic, sentenceStart });
      continue;
    }
    const hyphenAfter = text[end] === "-" || text[end] === "‑";
    const isArticle = LATIN_ARTICLES.has(key) || (hyphenAfter && SUN_ARTICLES.has(key));
    const initial = word[0] ?? "";
    const capitalised = initial !== initial.toLowerCase();
    tokens.push({ start, end, key: isArticle ? "al" : key, alts: [], isArticle, attached: isArticle && hyphenAfter, capitalised, arabic, sentenceStart });
  }
  return tokens;
}

/** Articles are optional in lookups: "al-Bab", "Bab" and "el Bab" share a key. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.isArticle);
}
