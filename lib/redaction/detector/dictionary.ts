// The source's dictionary: what an editor typed about this person, found again under any
// spelling (Abu/Abou/Abū, al-/el-/ash-, Shami/Chami, Latin or Arabic script), and numbers
// found again whatever their spacing or country prefix.
import { canonicalWord, nameKeys } from "./name-key";
import { asciiDigits } from "./normalize";
import { joined } from "./lexicon";
import { tokenize, type Token } from "./tokenize";
import type { DictionaryEntry, IdentifierType, Span } from "./types";

export { dictionaryVariants } from "./dictionary-variants";

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

/** Word sequences (as key sets) that count as a mention of the entry. */
// Function words never stand for a person on their own ("emir of the checkpoint" must
// not make every "the" a hit).
const NOT_A_NAME_PART = new Set(["THE", "AND", "FOR", "FROM", "WITH", "OF", "IN", "ON", "AT", "TO", "DES", "DEL", "DER", "VON", "VAN"]);
const ARABIC_FUNCTION_WORD = /^(?:في|من|على|عن|الى|إلى|مع|و)$/;

/** Only names are also mentioned by one of their parts; places, roles and units by the whole phrase. */
const SPLITS_INTO_PARTS = (type: IdentifierType | undefined) => type === undefined || type === "PERSON" || type === "ALIAS";

function entryPhrases(text: string, type?: IdentifierType): string[][][] {
  // "Abd" is left out: "Abd al-Rahman", "Abdulrahman" and "Abdel Rahman" then share "Rahman"
  const words = tokenize(text).filter((t) => !t.isArticle).flatMap((t) => canonicalWord(t.key)).filter((w) => w !== "ABD");
  const keyed = words.map((w) => nameKeys(w, true));
  const phrases: string[][][] = [keyed];
  const isKunya = words[0] === "ABU" || words[0] === "UMM";
  if (isKunya && keyed.length > 2) phrases.push(keyed.slice(0, 2), keyed.slice(1));
  if (!isKunya && keyed.length > 1 && SPLITS_INTO_PARTS(type)) {
    // each real part of a full name is a mention too ("Karim" of "Karim Haddad")
    words.forEach((word, i) => {
      const keys = keyed[i];
      if (keys && word !== "BIN" && word !== "ABD" && word.length >= 3 && !NOT_A_NAME_PART.has(word) && !ARABIC_FUNCTION_WORD.test(word)) phrases.push([keys]);
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

/**
 * One surface (an entry's text or one of its variants) compiled for matching: a literal
 * (addresses, handles), a number (matched on its digits) or word phrases.
 */
type Surface =
  | { type: IdentifierType; kind: "literal"; needle: string }
  | { type: IdentifierType; kind: "number"; digits: string; tail: string }
  | { type: IdentifierType; kind: "phrases"; phrases: string[][][] };

/** firstKeys: the keys that can open some phrase, the only tokens worth indexing. */
type CompiledDictionary = { surfaces: Surface[]; firstKeys: ReadonlySet<string> };

function compileSurface(type: IdentifierType, trimmed: string): Surface {
  const digits = digitsOf(trimmed);
  if (/[@/]|\.\w/.test(trimmed) && !/\s/.test(trimmed)) return { type, kind: "literal", needle: trimmed.replace(/^@/, "") };
  if (digits.length >= 6 && digits.length * 2 >= trimmed.replace(/\s/g, "").length) return { type, kind: "number", digits, tail: digits.slice(-9) };
  return { type, kind: "phrases", phrases: entryPhrases(trimmed, type) };
}

function compileDictionary(entries: readonly DictionaryEntry[]): CompiledDictionary {
  const surfaces: Surface[] = [];
  for (const entry of entries) {
    const type = entryType(entry);
    for (const surface of [entry.text, ...(entry.variants ?? [])]) {
      const trimmed = surface.trim();
      if (trimmed !== "") surfaces.push(compileSurface(type, trimmed));
    }
  }
  const firstKeys = new Set<string>();
  for (const s of surfaces) if (s.kind === "phrases") for (const phrase of s.phrases) for (const key of phrase[0] ?? []) firstKeys.add(key);
  return { surfaces, firstKeys };
}

// A source's dictionary is reused for every document and every call, but callers often
// rebuild the entries array, so compiled dictionaries are found again by their content. The
// last array is remembered as well (a WeakMap would grow with every short-lived array and
// cost more in garbage collection than it saves).
const BY_CONTENT = new Map<string, CompiledDictionary>();
let last: { entries: readonly DictionaryEntry[]; dictionary: CompiledDictionary } | undefined;

function compiled(entries: readonly DictionaryEntry[]): CompiledDictionary {
  if (last?.entries === entries) return last.dictionary;
  const signature = JSON.stringify(entries.map((e) => [e.text, e.type ?? "", e.variants ?? []]));
  let dictionary = BY_CONTENT.get(signature);
  if (!dictionary) {
    dictionary = compileDictionary(entries);
    if (BY_CONTENT.size > 1_000) BY_CONTENT.clear();
    BY_CONTENT.set(signature, dictionary);
  }
  last = { entries, dictionary };
  return dictionary;
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

type DigitRun = { start: number; end: number; digits: string };

/** Every run of digits (with phone separators) in the text, found once per call for all number entries. */
function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const run = /[+(]?[0-9\u0660-\u0669\u06F0-\u06F9](?:[ \t.\-()/\u00A0]{0,2}[0-9\u0660-\u0669\u06F0-\u06F9])*/g;
  for (const m of text.matchAll(run)) {
    const digits = digitsOf(m[0]);
    if (digits.length >= 6) runs.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return runs;
}

/** Numbers match on their digits, so "+90 532 418 77 09" finds "0532-418-7709". */
function findNumber(runs: readonly DigitRun[], digits: string, tail: string): [number, number][] {
  const found: [number, number][] = [];
  for (const { start, end, digits: d } of runs) {
    if (d === digits || (tail.length >= 7 && d.endsWith(tail)) || (d.length >= 7 && digits.endsWith(d))) found.push([start, end]);
  }
  return found;
}

function findLiteral(hay: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  if (needle.length < 3) return found;
  const lower = needle.toLowerCase();
  for (let i = hay.indexOf(lower); i >= 0; i = hay.indexOf(lower, i + 1)) found.push([i, i + needle.length]);
  return found;
}

/** Token index of the phrases' opening keys: the only tokens where a phrase can start. */
function openingIndex(tokens: readonly Token[], firstKeys: ReadonlySet<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  if (firstKeys.size === 0) return index;
  tokens.forEach((t, i) => {
    for (const k of tokenKeys(t)) {
      if (!firstKeys.has(k)) continue;
      const list = index.get(k);
      if (list) list.push(i); else index.set(k, [i]);
    }
  });
  return index;
}

/** Every mention of every entry (and its listed variants) in `text`, as dictionary spans. */
export function matchDictionary(text: string, entries: readonly DictionaryEntry[], textTokens?: readonly Token[]): Span[] {
  if (entries.length === 0) return [];
  const { surfaces, firstKeys } = compiled(entries);
  let index: Map<string, number[]> | undefined;
  let tokens: readonly Token[] | undefined = textTokens;
  let runs: DigitRun[] | undefined;
  let hay: string | undefined;
  const spans: Span[] = [];
  for (const surface of surfaces) {
    let ranges: [number, number][];
    if (surface.kind === "literal") {
      hay ??= text.toLowerCase();
      ranges = findLiteral(hay, surface.needle);
    } else if (surface.kind === "number") {
      runs ??= digitRuns(text);
      ranges = findNumber(runs, surface.digits, surface.tail);
    } else {
      tokens ??= tokenize(text).filter((t) => !t.isArticle);
      index ??= openingIndex(tokens, firstKeys);
      const found = tokens;
      const opening = index;
      ranges = surface.phrases.flatMap((phrase) => findPhrase(text, found, opening, phrase));
    }
    for (const [start, end] of ranges) spans.push({ start, end, type: surface.type, text: text.slice(start, end), source: "dictionary", rule: "dictionary" });
  }
  return spans;
}
