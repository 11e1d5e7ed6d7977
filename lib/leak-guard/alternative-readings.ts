// Other ways a person reads the same characters. The canonical text is always checked;
// these readings are checked besides it, so they can only add findings, never hide one:
// digits standing for letters ("R4shid", Arabizi "5oshnaw" for Khoshnaw, "7amdan"), letters
// spaced or dotted apart ("T a w f i q", "T.a.w.f.i.q"), digits spelled out ("zero five three
// two…", "صفر خمسة…"), letters standing for digits in a number ("O532 418 77 O9"), a name
// in list order across its comma, words run together in a hashtag ("#AbuHamza"), addresses
// written around ("rt1987 [at] gmail [dot] com"), percent-escaped in a link or backslash-
// escaped as in JSON ("K\u0061ni"), a Turkish or Kurdish letter as the plain one ("Ayşe" as
// Ayse as well as Ayshe), and a phone's
// groups typed last to first in a right-to-left paragraph.
import type { CanonicalText } from "./canonical-text";

/** Replaces each match of `pattern` in the text by `replace(match)`, every new unit taking the match's original range. */
type Match = { index: number; 0: string; [group: number]: string | undefined };

function rewrite(c: CanonicalText, pattern: RegExp | ((text: string) => Iterable<Match>), replace: (match: Match) => string): CanonicalText | null {
  // Copied only once a match changes something: most readings of most texts change nothing.
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  let changed = false;
  const keep = (end: number) => {
    text += c.text.slice(at, end);
    for (let i = at; i < end; i++) {
      from.push(c.from[i]!);
      to.push(c.to[i]!);
    }
  };
  for (const m of typeof pattern === "function" ? pattern(c.text) : c.text.matchAll(pattern)) {
    const replacement = replace(m);
    if (replacement === m[0]) continue;
    keep(m.index);
    const start = c.from[m.index]!;
    const end = c.to[m.index + m[0].length - 1]!;
    text += replacement;
    // one range per UTF-16 unit, as the canonical text's arrays are indexed
    for (let i = 0; i < replacement.length; i++) {
      from.push(start);
      to.push(end);
    }
    at = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return null;
  keep(c.text.length);
  return { text, from: Int32Array.from(from), to: Int32Array.from(to), originalLength: c.originalLength };
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g" };
const ARABIZI: Record<string, string> = { "2": "", "3": "", "5": "kh", "6": "t", "7": "h", "8": "gh", "9": "q" };
// A run of letters and digits with a digit and at least two letters. Found from its digits:
// one pattern with look-aheads for both tried them at every position of every text.
const LETTER_OR_DIGIT = /^[\p{L}\d]$/u;

/** The length (1, or 2 for a letter past U+FFFF) of the letter or digit at `i`; 0 if none is there. */
function widthAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const char = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER_OR_DIGIT.test(char) ? char.length : 0;
}

/** The length of the letter or digit that ends just before `i`; 0 if none does. */
function widthBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const pair = i >= 2 ? text.slice(i - 2, i) : "";
  if (pair.length === 2 && pair.codePointAt(0)! > 0xffff) return LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[i - 1]!) ? 1 : 0;
}

function* mixedWords(text: string): Iterable<Match> {
  let end = 0;
  for (const digit of text.matchAll(/\d/g)) {
    if (digit.index < end) continue;
    let start = digit.index;
    for (let width = widthBefore(text, start); width > 0; width = widthBefore(text, start)) start -= width;
    end = digit.index + 1;
    for (let width = widthAt(text, end); width > 0; width = widthAt(text, end)) end += width;
    const run = text.slice(start, end);
    if (/\p{L}[^]*\p{L}/u.test(run)) yield { index: start, 0: run };
  }
}

function digitsAsLetters(c: CanonicalText, table: Record<string, string>): CanonicalText | null {
  return rewrite(c, mixedWords, (m) => (/^\d+\p{L}{0,3}$/u.test(m[0]) ? m[0] : m[0].replace(/\d/g, (d) => table[d] ?? d)));
}

const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-·_]\p{L}){2,}(?![\p{L}\p{N}])/gu;

const DIGIT_WORDS: Record<string, string> = {
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  "صفر": "0", "واحد": "1", "اثنان": "2", "اثنين": "2", "ثلاثه": "3", "ثلاث": "3", "اربعه": "4", "اربع": "4", "خمسه": "5", "خمس": "5", "سته": "6", "ست": "6", "سبعه": "7", "سبع": "7", "ثمانيه": "8", "ثماني": "8", "تسعه": "9", "تسع": "9",
};
const DIGIT_WORD = Object.keys(DIGIT_WORDS).sort((a, b) => b.length - a.length).join("|");
// a piece of a number said aloud: digits, a digit word, or "double seven" / "triple zero"
const SAID = `(?:\\d+|(?:(?:double|triple)\\s+)?(?:${DIGIT_WORD}))`;
// four or more pieces, at least one of them words: "zero five three two…", "0532 four one eight 77 09"
const SPELLED_NUMBER = new RegExp(`(?<![\\p{L}\\d])(?=(?:${SAID}[\\s,\\-]+)*(?:(?:double|triple)\\s+)?(?:${DIGIT_WORD})(?![\\p{L}]))${SAID}(?:[\\s,\\-]+${SAID}){3,}(?![\\p{L}\\d])`, "giu");

function digitsSaid(said: string): string {
  return said
    .split(/[\s,-]+/)
    .reduce<{ out: string[]; times: number }>(
      ({ out, times }, piece) => {
        const lower = piece.toLowerCase();
        if (lower === "double" || lower === "triple") return { out, times: lower === "double" ? 2 : 3 };
        const digits = DIGIT_WORDS[lower] ?? (/^\d+$/.test(piece) ? piece : "");
        return { out: [...out, digits.repeat(times)], times: 1 };
      },
      { out: [], times: 1 },
    )
    .out.join(" ");
}

const LETTERS_IN_NUMBER = /(?<![\p{L}])(?=[\dOolI]*\d[\dOolI]*[OolI]|[OolI]+[\dOolI]*\d)[\dOolI]+(?![\p{L}])/gu;

// "Tawfiq, Rashid" / "توفيق، رشيد": a name in list order, family name first, read in name order
const LIST_ORDER = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,})\s*[,،]\s*([\p{L}\p{M}]{2,})(?![\p{L}\p{M}])/gu;

// "TAWFlQ", "RASHlD": a small l among capitals is a capital I
const L_AMONG_CAPITALS = /(?<![\p{L}])(?=\p{Lu}*l)(?=(?:\p{Lu}*l){1,2}\p{Lu}*(?![\p{L}]))[\p{Lu}l]{4,}/gu;

// "#AbuHamza", "RashidTawfiq": words run together, each starting with a capital
const CAMEL_CASE = /\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+/gu;

// "rt1987 [at] gmail [dot] com", "(at)", "{at}", "[@]", "rt1987 at gmail dot com"
const BRACKETED_AT_OR_DOT = /\s*[[({<]\s*(at|dot|@|\.)\s*[\])}>]\s*|\s+@\s*|\s*@\s+/giu;
const SPOKEN_AT = /\s+at\s+(?=[\p{L}\d-]+(?:\s+dot\s+|\.)\p{L}{2,})/giu;
const SPOKEN_DOT = /(?<=@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*)\s+dot\s+(?=\p{L}{2,})/giu;

function addressesWrittenAround(c: CanonicalText): CanonicalText | null {
  const bracketed = rewrite(c, BRACKETED_AT_OR_DOT, (m) => (/^(?:dot|\.)$/i.test(m[1] ?? "") ? "." : "@")) ?? c;
  const at = rewrite(bracketed, SPOKEN_AT, () => "@") ?? bracketed;
  // the look-behind is tried at every space; without an "@" it can never match
  const dotted = (at.text.includes("@") ? rewrite(at, SPOKEN_DOT, () => ".") : null) ?? at;
  return dotted === c ? null : dotted;
}

// "mailto:rt1987%40gmail.com": what a link's address says once decoded
const PERCENT_ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;

function decoded(escapes: string): string {
  try {
    return decodeURIComponent(escapes);
  } catch {
    return escapes;
  }
}

// "K\u0061ni", "Kani\x20Masi": what a program (a partner's JSON or template handling, a
// second decode) and a technical reader make of backslash escapes
const BACKSLASH_ESCAPES = /(?:\\u\{[0-9A-Fa-f]{1,6}\}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2})+/g;

function unescaped(escapes: string): string {
  const codes = [...escapes.matchAll(/\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/g)].map((m) => parseInt(m[1] ?? m[2] ?? m[3]!, 16));
  if (codes.some((code) => code > 0x10ffff)) return escapes;
  // UTF-16 halves ("\ud83d\ude00") join, as JSON reads them
  return String.fromCharCode(...codes.flatMap((code) => (code > 0xffff ? [...String.fromCodePoint(code)].map((c) => c.charCodeAt(0)) : [code])));
}

// "Ayşe", "Çelik", "Maşi": canonical text spells ş, ç, š, ž… with two letters (Ayshe), as
// English does; a dictionary typed without the marks says "Ayse", "Celik". Both are read:
// here the second letter of a pair made from one original character is left out.
function twoLetterSoundsAsOne(c: CanonicalText): CanonicalText | null {
  const { text } = c;
  const dropped = (i: number) => (text[i] === "h" || text[i] === "H") && c.from[i - 1] === c.from[i] && c.to[i - 1] === c.to[i] && /[sScCzZtTdDkKgG]/.test(text[i - 1]!);
  let kept = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && dropped(i)) continue;
    kept += text[i];
    from.push(c.from[i]!);
    to.push(c.to[i]!);
  }
  return kept.length === text.length ? null : { text: kept, from: Int32Array.from(from), to: Int32Array.from(to), originalLength: c.originalLength };
}

// In a right-to-left paragraph a writer types a phone's groups last to first, so that the
// bidirectional algorithm shows them first to last: "09–77–418–0532" reads 0532–418–77–09.
const DIGIT_GROUPS = /\d+(?:[^\p{L}\p{N}\n]{1,3}\d+)+/gu;
const RIGHT_TO_LEFT = /[\u0590-\u08FF]/;

function groupsReversed(run: string): string {
  const groups = run.match(/\d+/g) ?? [];
  return groups.reverse().join(" ");
}

/**
 * A reading, and whether the detector reads it too. Joining words across a comma or
 * splitting a hashtag makes phrases nobody wrote ("known as ISIS ISIL IS"): those readings
 * only look names up in the index, where a phrase must be a whole entry.
 */
export type Reading = { text: CanonicalText; detector: boolean };

export function alternativeReadings(c: CanonicalText): Reading[] {
  const hasDigit = /\d/.test(c.text);
  const readings: [CanonicalText | null, boolean][] = [
    [digitsAsLetters(c, LEET), true],
    [digitsAsLetters(c, ARABIZI), true],
    [rewrite(c, SPACED_LETTERS, (m) => m[0].replace(/[ .\-·_]/g, "")), true],
    [rewrite(c, SPELLED_NUMBER, (m) => digitsSaid(m[0])), true],
    [hasDigit ? rewrite(c, LETTERS_IN_NUMBER, (m) => m[0].replace(/[Oo]/g, "0").replace(/[lI]/g, "1")) : null, true],
    [rewrite(c, L_AMONG_CAPITALS, (m) => m[0].replace(/l/g, "I")), true],
    [rewrite(c, LIST_ORDER, (m) => `${m[2]} ${m[1]}`), false],
    [rewrite(c, CAMEL_CASE, (m) => m[0].replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ")), false],
    [addressesWrittenAround(c), true],
    [c.text.includes("%") ? rewrite(c, PERCENT_ESCAPES, (m) => decoded(m[0])) : null, true],
    [c.text.includes("\\") ? rewrite(c, BACKSLASH_ESCAPES, (m) => unescaped(m[0])) : null, true],
    [twoLetterSoundsAsOne(c), false],
    [RIGHT_TO_LEFT.test(c.text) ? rewrite(c, DIGIT_GROUPS, (m) => groupsReversed(m[0])) : null, true],
  ];
  return readings.flatMap(([text, detector]) => (text ? [{ text, detector }] : []));
}
