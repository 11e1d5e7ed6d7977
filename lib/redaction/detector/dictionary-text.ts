// The text side of dictionary matching: the keys each word answers to, the runs of digits
// that may be a number, and the pieces of addresses that may be a literal. Shared by the
// direct matcher (dictionary.ts) and the leak guard's blind index, so both read a text the same way.
import { canonicalWord, guardKeys, nameKeys } from "./name-key";
import { asciiDigits, foldWord } from "./normalize";
import { tokenize, type Token } from "./tokenize";

/**
 * How a word may take part in a name match. "name" is the redaction detector's: every key
 * (consonant skeletons included), alone or in a phrase. The others are the leak guard's,
 * whose keys are the word's own spelling and its sound keys (sound-keys.ts):
 * - "strict": every key, alone or in a phrase; alone, an Arabic form of three letters or
 *   fewer only by its own spelling (من shares its sound with Mona).
 * - "ordinary": an ordinary Arabic word, many of which are also names (كريم "generous",
 *   حداد "blacksmith"): in a phrase by every key, alone only by its own spelling.
 * - "spelled": only by its own spelling — a capitalised English word ("State", "Grace").
 * - "phrase-only": only by its own spelling and never alone — a lower-case English word:
 *   "said" is no mention of a source called Said, but "said haddad" still is.
 * - "never": a function word that is no name in any spelling.
 */
export type WordRole = "name" | "strict" | "ordinary" | "spelled" | "phrase-only" | "never";
export type WordRoleOf = (token: Token) => WordRole;

export const EVERY_WORD_IS_A_NAME: WordRoleOf = () => "name";

const SHORT_ARABIC_FORM = 3;
const CACHES = new Map<string, Map<string, string[]>>();

function cached(kind: string, t: Token, compute: () => string[]): string[] {
  // the key, its alternatives and capitalisation decide the result
  const name = `${kind}:${t.capitalised || t.arabic ? 1 : 0}`;
  let cache = CACHES.get(name);
  if (!cache) CACHES.set(name, (cache = new Map()));
  const id = t.alts.length > 0 ? `${t.key}\u0000${t.alts.join("\u0000")}` : t.key;
  const hit = cache.get(id);
  if (hit) return hit;
  const keys = compute();
  if (cache.size > 50_000) cache.clear();
  cache.set(id, keys);
  return keys;
}

/** Keys of each spelling of the token (its Arabic clitic/suffix variants, a glued "al"), exact key first. */
function formKeys(t: Token, keysOf: (word: string) => string[]): { form: string; keys: string[] }[] {
  const forms: { form: string; keys: string[] }[] = [];
  for (const k of [t.key, ...t.alts]) {
    // "Abdulrahman" is one token but two words; it still matches by its second part
    const canon = canonicalWord(k);
    const keys = [...keysOf(canon[canon.length - 1] ?? k)];
    if (canon[0] === "ABD") keys.push("ABD");
    forms.push({ form: k, keys });
    if (!t.arabic && /^(?:al|el)(?=.{4,})/.test(k)) forms.push({ form: k.slice(2), keys: keysOf(k.slice(2)) });
  }
  return forms;
}

const unique = (keys: string[]) => [...new Set(keys)];

function redactionForms(t: Token) {
  const allowWeak = t.capitalised || t.arabic;
  return formKeys(t, (word) => nameKeys(word, allowWeak));
}

/** Every key a text token answers to inside a phrase. */
export function tokenKeys(t: Token, role: WordRole = "name"): string[] {
  switch (role) {
    case "never":
      return [];
    case "name":
      return cached("name", t, () => unique(redactionForms(t).flatMap((f) => f.keys)));
    // "Tell Abyad": an everyday word inside a name is read like the name's other words
    case "strict":
    case "ordinary":
    case "spelled":
      return cached("guard", t, () => unique(formKeys(t, guardKeys).flatMap((f) => f.keys)));
    default:
      return exactKeys(t);
  }
}

export function exactKeys(t: Token): string[] {
  return cached("spelled", t, () => unique(formKeys(t, guardKeys).map((f) => f.keys[0]!)));
}

/**
 * The keys by which the token carries a phrase: an everyday capitalised word ("Tell", "Joins")
 * takes part in a name by its sound, but a phrase needs one word matched more firmly than
 * that, so "Joins Myth" is no Jens Maes while "Tell Abyad" is Tal Abyad.
 */
export function strongKeys(t: Token, role: WordRole = "name"): string[] {
  return role === "spelled" ? exactKeys(t) : tokenKeys(t, role);
}

/** The keys by which the token alone is a mention of a one-word name. */
export function aloneKeys(t: Token, role: WordRole = "name"): string[] {
  switch (role) {
    case "name":
      return tokenKeys(t, role);
    case "spelled":
      return exactKeys(t);
    case "strict":
      // a short word alone matches only as spelled: "Vs" is no Fassi by sound
      return cached("guard-alone", t, () => unique(formKeys(t, guardKeys).flatMap((f) => (f.form.length <= (t.arabic ? SHORT_ARABIC_FORM : 2) ? f.keys.slice(0, 1) : f.keys))));
    case "ordinary":
      return exactKeys(t);
    default:
      return [];
  }
}

const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9]+/g;

/**
 * The words of a text for dictionary matching: its word tokens and, as tokens keyed
 * "#<digits>", its numbers, so that an entry such as "I was 23" needs the 23 as well.
 */
// "Tawfiq's", "Tal Abyad's", "Tevfik'in", "Tel Abyad’dan": a possessive or a case ending
// after an apostrophe leaves the name in front of it.
const SUFFIXED = /^(\p{L}{2,})['’‘ʼ]\p{L}{0,4}$/u;

function withSuffixStems(text: string, tokens: readonly Token[]): Token[] {
  return tokens.map((t) => {
    if (t.arabic) return t;
    const stem = SUFFIXED.exec(text.slice(t.start, t.end))?.[1];
    return stem ? { ...t, alts: [...t.alts, foldWord(stem)] } : t;
  });
}

/**
 * The words of a text for dictionary matching: its word tokens (a name with a possessive
 * or case ending also answers as the bare name) and, as tokens keyed "#<digits>", its
 * numbers, so that an entry such as "I was 23" needs the 23 as well. `withoutLinks` leaves
 * out "bin", "ibn", "bint": "Rashid bin Tawfiq" is "Rashid Tawfiq" (the leak guard's reading).
 */
export function dictionaryTokens(text: string, tokens: readonly Token[] = tokenize(text).filter((t) => !t.isArticle), options: { withoutLinks?: boolean } = {}): Token[] {
  let words = withSuffixStems(text, tokens.filter((t) => !t.key.startsWith("#")));
  if (options.withoutLinks) words = words.filter((t) => canonicalWord(t.key)[0] !== "BIN");
  const numbers: Token[] = tokens.filter((t) => t.key.startsWith("#"));
  if (numbers.length === 0) {
    for (const m of text.matchAll(NUMBER)) {
      const key = "#" + asciiDigits(m[0]);
      numbers.push({ start: m.index, end: m.index + m[0].length, key, alts: [], isArticle: false, attached: false, capitalised: false, arabic: false, sentenceStart: false });
    }
  }
  return [...words, ...numbers].sort((a, b) => a.start - b.start);
}

/** A mention starts at "Abd"/"bin" glued before it ("bin Laden", "Abd al-Rahman"). */
export function gluedStart(text: string, tokens: readonly Token[], i: number, joined: (text: string, a: Token, b: Token) => boolean, role: WordRoleOf): number {
  const first = tokens[i]!;
  const before = tokens[i - 1];
  const glued = before && joined(text, before, first) && tokenKeys(before, role(before)).some((k) => k === "ABD" || k === "BIN");
  return glued ? before.start : first.start;
}

export type DigitRun = { start: number; end: number; digits: string };

// Digits with up to five separating characters between them: "0532 - 418 - 77 - 09",
// "0532·418·7709", "0532 418 **77 09**", "0532 ... 418 ... 77 ... 09". The separator class
// excludes digits and letters, so the scan is linear.
const DIGIT_RUN = /[+(]?[0-9\u0660-\u0669\u06F0-\u06F9](?:[^\p{L}\p{N}\n]{0,5}[0-9\u0660-\u0669\u06F0-\u06F9])*/gu;
const DIGIT_GROUP = /[0-9\u0660-\u0669\u06F0-\u06F9]+/gu;
// A number is a few groups: a run of more ("0532–418–77–09 / 0533–111–22–33", "… 09 (2015)")
// is also read as each stretch of up to this many neighbouring groups.
const MAX_NUMBER_GROUPS = 6;

/** Every run of digits (with phone separators) in the text that is long enough to be a number, and the numbers inside longer runs. */
export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number) => {
    const digits = asciiDigits(text.slice(start, end)).replace(/\D/g, "");
    const at = `${start}:${end}`;
    if (digits.length < 6 || seen.has(at)) return;
    seen.add(at);
    runs.push({ start, end, digits });
  };
  for (const m of text.matchAll(DIGIT_RUN)) {
    add(m.index, m.index + m[0].length);
    const groups = [...m[0].matchAll(DIGIT_GROUP)].map((g) => ({ start: m.index + g.index, end: m.index + g.index + g[0].length }));
    if (groups.length <= 1) continue;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i; j < Math.min(groups.length, i + MAX_NUMBER_GROUPS); j++) if (i > 0 || j < groups.length - 1) add(groups[i]!.start, groups[j]!.end);
    }
  }
  return runs;
}

/**
 * Numbers match on their digits: the run is the entry's digits, or it ends with the
 * entry's national number ("0532 418 77 09" for "+90 532 418 77 09"), or it is the last
 * seven or more digits of it (a number quoted without its prefix).
 */
export function numberMatches(run: string, digits: string, national: string): boolean {
  if (run === digits || run === national) return true;
  if (national.length >= 7 && run.endsWith(national)) return true;
  return run.length >= 7 && national.endsWith(run);
}

export type LiteralPiece = { start: number; end: number; text: string };

// A document number is written in groups: "16LC36159", "AB-1234-5", "16LC 36159", "16 LC–36159".
// Groups joined by "-", "." or "/" always belong together; groups parted by a space, a dash
// or a dot only when each looks like part of a code (it has a digit, or is a few capitals),
// so "in 2014 the" never becomes one.
const CODE_GROUP = /[A-Za-z0-9]+/g;
const TIGHT_JOIN = /^[-./]$/;
const LOOSE_JOIN = /^[-./ \u2013\u2014\u00b7_:]{1,3}$/;
const CODE_LIKE_GROUP = /\d|^[A-Z]{1,4}$/;
const MAX_CODE_GROUPS = 5;

const isCode = (code: string) => code.length >= 5 && /[A-Z]/.test(code) && /\d.*\d/.test(code);

/** Letter-and-digit codes in the text ("16LC36159", "AB-1234-5", "16LC 36159"), as their characters in capitals. */
export function codePieces(text: string): LiteralPiece[] {
  const groups = [...asciiDigits(text).matchAll(CODE_GROUP)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const joins = (a: (typeof groups)[number], b: (typeof groups)[number]) => {
    const between = text.slice(a.end, b.start);
    return TIGHT_JOIN.test(between) || (LOOSE_JOIN.test(between) && CODE_LIKE_GROUP.test(a.text) && CODE_LIKE_GROUP.test(b.text));
  };
  const runs: (typeof groups)[] = [];
  groups.forEach((group, i) => (i > 0 && joins(groups[i - 1]!, group) ? runs.at(-1)!.push(group) : runs.push([group])));

  const pieces: LiteralPiece[] = [];
  const seen = new Set<string>();
  const add = (part: typeof groups) => {
    const code = part.map((g) => g.text).join("").toUpperCase();
    const at = `${part[0]!.start}:${part.at(-1)!.end}`;
    if (!isCode(code) || seen.has(at)) return;
    seen.add(at);
    pieces.push({ start: part[0]!.start, end: part.at(-1)!.end, text: code });
  };
  for (const run of runs) {
    add(run);
    // a code inside a longer run ("No. 16LC 36159"): every stretch of a few groups
    if (run.length > 1) for (let i = 0; i < run.length; i++) for (let j = i + 1; j <= Math.min(run.length, i + MAX_CODE_GROUPS); j++) add(run.slice(i, j));
  }
  return pieces;
}

const LITERAL_CHUNK = /[^\s<>()[\]{}"'`,;]+/g;
const LITERAL_SEPARATOR = /[.@/:?#=&+]/;
const MAX_BOUNDARIES = 24;

/**
 * Every piece of an address-like chunk that starts and ends at a separator ("." "@" "/"…)
 * or at the chunk's ends, lower-cased: a literal entry matches a piece, never the middle
 * of a longer word ("@rashid" is not in "@rashidfan").
 */
export function literalPieces(text: string): LiteralPiece[] {
  const pieces: LiteralPiece[] = [];
  for (const m of text.matchAll(LITERAL_CHUNK)) {
    const chunk = m[0];
    if (chunk.length < 3 || !/[.@/:]/.test(chunk)) continue;
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < chunk.length && starts.length < MAX_BOUNDARIES; i++) {
      if (!LITERAL_SEPARATOR.test(chunk[i]!)) continue;
      ends.push(i);
      starts.push(i + 1);
    }
    ends.push(chunk.length);
    const lower = chunk.toLowerCase();
    for (const s of starts) for (const e of ends) if (e - s >= 3) pieces.push({ start: m.index + s, end: m.index + e, text: lower.slice(s, e) });
  }
  return pieces;
}
