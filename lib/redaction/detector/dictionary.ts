// The source's dictionary: what an editor typed about this person, found again under any
// spelling (Abu/Abou/Abū, al-/el-/ash-, Shami/Chami, Latin or Arabic script), and numbers
// found again whatever their spacing or country prefix.
import { canonicalWord, nameKeys } from "./name-key";
import { asciiDigits } from "./normalize";
import { joined } from "./lexicon";
import { tokenize, type Token } from "./tokenize";
import type { DictionaryEntry, IdentifierType, Span } from "./types";

function entryType(entry: DictionaryEntry): IdentifierType {
  if (entry.type) return entry.type;
  const text = entry.text.trim();
  if (/@|https?:|www\.|\.com\b/.test(text) || digitsOf(text).length >= 7) return "CONTACT";
  if (/\d/.test(asciiDigits(text))) return "ID";
  if (/^(?:abu|abou|abū|abo|abul|umm|um|oum|om|أبو|ابو|أم|ام)[\s-]/i.test(text)) return "ALIAS";
  return "PERSON";
}

function digitsOf(text: string): string {
  return asciiDigits(text).replace(/\D/g, "");
}

const PHRASE_CACHE = new Map<string, string[][][]>();

/** Word sequences (as key sets) that count as a mention of the entry; a source's dictionary is reused for every document. */
function entryPhrases(text: string): string[][][] {
  const cached = PHRASE_CACHE.get(text);
  if (cached) return cached;
  const phrases = entryPhrasesUncached(text);
  if (PHRASE_CACHE.size > 10_000) PHRASE_CACHE.clear();
  PHRASE_CACHE.set(text, phrases);
  return phrases;
}

function entryPhrasesUncached(text: string): string[][][] {
  // "Abd" is left out: "Abd al-Rahman", "Abdulrahman" and "Abdel Rahman" then share "Rahman"
  const words = tokenize(text).filter((t) => !t.isArticle).flatMap((t) => canonicalWord(t.key)).filter((w) => w !== "ABD");
  const keyed = words.map((w) => nameKeys(w, true));
  const phrases: string[][][] = [keyed];
  const isKunya = words[0] === "ABU" || words[0] === "UMM";
  if (isKunya && keyed.length > 2) phrases.push(keyed.slice(0, 2), keyed.slice(1));
  if (!isKunya && keyed.length > 1) {
    // each real part of a full name is a mention too ("Karim" of "Karim Haddad")
    words.forEach((word, i) => {
      const keys = keyed[i];
      if (keys && word !== "BIN" && word !== "ABD" && word.length >= 3) phrases.push([keys]);
    });
  }
  return phrases;
}

const TOKEN_KEY_CACHE = { weak: new Map<string, string[]>(), strong: new Map<string, string[]>() };

/** Every key a text token answers to, including its Arabic clitic/suffix variants and a glued "al". */
function tokenKeys(t: Token): string[] {
  const allowWeak = t.capitalised || t.arabic;
  const cache = allowWeak ? TOKEN_KEY_CACHE.weak : TOKEN_KEY_CACHE.strong;
  // alts are a pure function of the key, so the key alone identifies the result
  const cached = cache.get(t.key);
  if (cached) return cached;
  const keys = new Set<string>();
  for (const k of [t.key, ...t.alts]) {
    // "Abdulrahman" is one token but two words; it still matches by its second part
    const canon = canonicalWord(k);
    for (const key of nameKeys(canon[canon.length - 1] ?? k, allowWeak)) keys.add(key);
    if (canon[0] === "ABD") keys.add("ABD");
    if (!t.arabic && /^(?:al|el)(?=.{4,})/.test(k)) for (const key of nameKeys(k.slice(2), allowWeak)) keys.add(key);
  }
  const out = [...keys];
  if (cache.size > 50_000) cache.clear();
  cache.set(t.key, out);
  return out;
}

function findPhrase(text: string, tokens: readonly Token[], index: Map<string, number[]>, phrase: string[][]): [number, number][] {
  const first = phrase[0];
  if (!first) return [];
  const starts = new Set<number>();
  for (const key of first) for (const i of index.get(key) ?? []) starts.add(i);
  const found: [number, number][] = [];
  for (const i of starts) {
    let ok = true;
    for (let j = 1; j < phrase.length && ok; j++) {
      const tok = tokens[i + j];
      const prev = tokens[i + j - 1];
      const want = phrase[j] ?? [];
      ok = !!tok && !!prev && joined(text, prev, tok) && tokenKeys(tok).some((k) => want.includes(k));
    }
    const last = tokens[i + phrase.length - 1];
    const firstTok = tokens[i];
    const before = tokens[i - 1];
    const glued = before && firstTok && joined(text, before, firstTok) && tokenKeys(before).some((k) => k === "ABD" || k === "BIN");
    if (ok && firstTok && last) found.push([glued ? before.start : firstTok.start, last.end]);
  }
  return found;
}

/** Numbers match on their digits, so "+90 532 418 77 09" finds "0532-418-7709". */
function findNumber(text: string, digits: string): [number, number][] {
  const found: [number, number][] = [];
  const tail = digits.slice(-9);
  const run = /[+(]?[0-9\u0660-\u0669\u06F0-\u06F9](?:[ \t.\-()/\u00A0]{0,2}[0-9\u0660-\u0669\u06F0-\u06F9])*/g;
  for (const m of text.matchAll(run)) {
    const d = digitsOf(m[0]);
    if (d.length >= 6 && (d === digits || (tail.length >= 7 && d.endsWith(tail)) || (d.length >= 7 && digits.endsWith(d)))) found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

function findLiteral(text: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  if (needle.length < 3) return found;
  const hay = text.toLowerCase();
  const lower = needle.toLowerCase();
  for (let i = hay.indexOf(lower); i >= 0; i = hay.indexOf(lower, i + 1)) found.push([i, i + needle.length]);
  return found;
}

/** Every mention of every entry (and its listed variants) in `text`, as dictionary spans. */
export function matchDictionary(text: string, entries: readonly DictionaryEntry[], textTokens?: readonly Token[]): Span[] {
  if (entries.length === 0) return [];
  const tokens = textTokens ?? tokenize(text).filter((t) => !t.isArticle);
  // index only the tokens that can start a phrase of some entry
  const phrasesBySurface = new Map<string, string[][][]>();
  for (const e of entries) for (const s of [e.text, ...(e.variants ?? [])]) phrasesBySurface.set(s.trim(), entryPhrases(s.trim()));
  const firstKeys = new Set([...phrasesBySurface.values()].flat().flatMap((p) => p[0] ?? []));
  const index = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    for (const k of tokenKeys(t)) {
      if (!firstKeys.has(k)) continue;
      const list = index.get(k);
      if (list) list.push(i); else index.set(k, [i]);
    }
  });
  const spans: Span[] = [];
  for (const entry of entries) {
    const type = entryType(entry);
    for (const surface of [entry.text, ...(entry.variants ?? [])]) {
      const trimmed = surface.trim();
      if (trimmed === "") continue;
      const digits = digitsOf(trimmed);
      const ranges = /[@/]|\.\w/.test(trimmed) && !/\s/.test(trimmed)
        ? findLiteral(text, trimmed.replace(/^@/, ""))
        : digits.length >= 6 && digits.length * 2 >= trimmed.replace(/\s/g, "").length
          ? findNumber(text, digits)
          : (phrasesBySurface.get(trimmed) ?? []).flatMap((phrase) => findPhrase(text, tokens, index, phrase));
      for (const [start, end] of ranges) spans.push({ start, end, type, text: text.slice(start, end), source: "dictionary" });
    }
  }
  return spans;
}

const KUNYA_SPELLINGS: [RegExp, string[]][] = [
  [/^(?:Abu|Abou|Abū|Abo)\b/i, ["Abu", "Abou", "Abū", "Abo", "أبو"]],
  [/^(?:Umm|Um|Oum)\b/i, ["Umm", "Um", "Oum", "أم"]],
];
const ARTICLE_SPELLINGS = ["al-", "el-", "al ", "el ", "Al-", ""];

/**
 * A readable sample of the spellings matchDictionary accepts for an entry, for editors and
 * for checks on redacted output. The matcher itself is broader than this list.
 */
export function dictionaryVariants(entry: DictionaryEntry): string[] {
  const out = new Set<string>([entry.text, ...(entry.variants ?? [])]);
  for (const [re, spellings] of KUNYA_SPELLINGS) {
    if (!re.test(entry.text)) continue;
    for (const spelling of spellings) out.add(entry.text.replace(re, spelling));
  }
  for (const surface of [...out]) {
    for (const article of ARTICLE_SPELLINGS) out.add(surface.replace(/\b(?:al|el|ash|as|ad|at|an|ar|az|es|esh)[-\s](?=\p{L})/giu, article));
    out.add(surface.replace(/-/g, " "));
    out.add(surface.normalize("NFD").replace(/\p{M}/gu, ""));
  }
  return [...out].filter((s) => s.trim() !== "").slice(0, 60);
}
