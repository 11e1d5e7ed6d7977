// The text side of dictionary matching: the keys each word answers to, the runs of digits
// that may be a number, and the pieces of addresses that may be a literal. Shared by the
// direct matcher (dictionary.ts) and the leak guard's blind index, so both read a text the same way.
import { canonicalWord, nameKeys } from "./name-key";
import { asciiDigits } from "./normalize";
import type { Token } from "./tokenize";

/**
 * How a word may take part in a name match.
 * - "name": by every key, alone or in a phrase.
 * - "strict": in a phrase by every key; alone, an Arabic form of three letters or fewer
 *   only by its own spelling (من، كان، حسن share a two-consonant skeleton with a hundred names).
 * - "exact": an ordinary word. A Latin one ("younger", "said") only by its own spelling and
 *   never alone: it must not meet "Najjar" by skeleton nor make "said" a source called Said.
 *   An Arabic one (واحد، كريم) in a phrase by every key, alone only by its own spelling.
 * - "never": a function word that is no name in any spelling.
 */
export type WordRole = "name" | "strict" | "exact" | "never";
export type WordRoleOf = (token: Token) => WordRole;

export const EVERY_WORD_IS_A_NAME: WordRoleOf = () => "name";

const SHORT_ARABIC_FORM = 3;
const CACHES = new Map<string, Map<string, string[]>>();

function cached(kind: string, t: Token, compute: () => string[]): string[] {
  // alts are a pure function of the key, so the key (and capitalisation) identify the result
  const name = `${kind}:${t.capitalised || t.arabic ? 1 : 0}`;
  let cache = CACHES.get(name);
  if (!cache) CACHES.set(name, (cache = new Map()));
  const hit = cache.get(t.key);
  if (hit) return hit;
  const keys = compute();
  if (cache.size > 50_000) cache.clear();
  cache.set(t.key, keys);
  return keys;
}

/** Keys of each spelling of the token (its Arabic clitic/suffix variants, a glued "al"), exact key first. */
function formKeys(t: Token): { form: string; keys: string[] }[] {
  const allowWeak = t.capitalised || t.arabic;
  const forms: { form: string; keys: string[] }[] = [];
  for (const k of [t.key, ...t.alts]) {
    // "Abdulrahman" is one token but two words; it still matches by its second part
    const canon = canonicalWord(k);
    const keys = [...nameKeys(canon[canon.length - 1] ?? k, allowWeak)];
    if (canon[0] === "ABD") keys.push("ABD");
    forms.push({ form: k, keys });
    if (!t.arabic && /^(?:al|el)(?=.{4,})/.test(k)) forms.push({ form: k.slice(2), keys: nameKeys(k.slice(2), allowWeak) });
  }
  return forms;
}

const unique = (keys: string[]) => [...new Set(keys)];

/** Every key a text token answers to inside a phrase. */
export function tokenKeys(t: Token, role: WordRole = "name"): string[] {
  if (role === "never") return [];
  if (role === "exact" && !t.arabic) return cached("exact", t, () => unique(formKeys(t).map((f) => f.keys[0]!)));
  return cached("all", t, () => unique(formKeys(t).flatMap((f) => f.keys)));
}

/** The keys by which the token alone is a mention of a one-word name. */
export function aloneKeys(t: Token, role: WordRole = "name"): string[] {
  if (role === "name") return tokenKeys(t, role);
  if (role === "never" || (role === "exact" && !t.arabic)) return [];
  if (role === "exact") return cached("alone-exact", t, () => unique(formKeys(t).map((f) => f.keys[0]!)));
  return cached("alone-strict", t, () => unique(formKeys(t).flatMap((f) => (t.arabic && f.form.length <= SHORT_ARABIC_FORM ? f.keys.slice(0, 1) : f.keys))));
}

/** A mention starts at "Abd"/"bin" glued before it ("bin Laden", "Abd al-Rahman"). */
export function gluedStart(text: string, tokens: readonly Token[], i: number, joined: (text: string, a: Token, b: Token) => boolean, role: WordRoleOf): number {
  const first = tokens[i]!;
  const before = tokens[i - 1];
  const glued = before && joined(text, before, first) && tokenKeys(before, role(before)).some((k) => k === "ABD" || k === "BIN");
  return glued ? before.start : first.start;
}

export type DigitRun = { start: number; end: number; digits: string };

// Digits with up to three separating characters between them: "0532 - 418 - 77 - 09",
// "0532·418·7709", "0532 418 **77 09**". The separator class excludes digits and letters,
// so the scan is linear.
const DIGIT_RUN = /[+(]?[0-9\u0660-\u0669\u06F0-\u06F9](?:[^\p{L}\p{N}\n]{0,3}[0-9\u0660-\u0669\u06F0-\u06F9])*/gu;

/** Every run of digits (with phone separators) in the text that is long enough to be a number. */
export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = asciiDigits(m[0]).replace(/\D/g, "");
    if (digits.length >= 6) runs.push({ start: m.index, end: m.index + m[0].length, digits });
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
