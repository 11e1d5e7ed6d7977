// Other ways a person reads the same characters. The canonical text is always checked;
// these readings are checked besides it, so they can only add findings, never hide one:
// digits standing for letters ("R4shid", Arabizi "5oshnaw" for Khoshnaw, "7amdan"), letters
// spaced or dotted apart ("T a w f i q", "T.a.w.f.i.q"), digits spelled out ("zero five three
// two…", "صفر خمسة…"), letters standing for digits in a number ("O532 418 77 O9"), a name
// in list order across its comma, words run together in a hashtag ("#AbuHamza"), and
// addresses written around ("rt1987 [at] gmail [dot] com").
import type { CanonicalText } from "./canonical-text";

type Unit = { char: string; from: number; to: number };

function unitsOf(c: CanonicalText): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < c.text.length; i++) units.push({ char: c.text[i]!, from: c.from[i]!, to: c.to[i]! });
  return units;
}

function canonicalOf(units: Unit[], originalLength: number): CanonicalText {
  return { text: units.map((u) => u.char).join(""), from: Int32Array.from(units.map((u) => u.from)), to: Int32Array.from(units.map((u) => u.to)), originalLength };
}

/** Replaces each match of `pattern` in the text by `replace(match)`, every new unit taking the match's original range. */
function rewrite(c: CanonicalText, pattern: RegExp, replace: (match: RegExpExecArray) => string): CanonicalText | null {
  const units = unitsOf(c);
  const out: Unit[] = [];
  let at = 0;
  let changed = false;
  for (const m of c.text.matchAll(pattern)) {
    const replacement = replace(m);
    if (replacement === m[0]) continue;
    out.push(...units.slice(at, m.index));
    const from = c.from[m.index]!;
    const to = c.to[m.index + m[0].length - 1]!;
    for (const char of replacement) out.push({ char, from, to });
    at = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return null;
  out.push(...units.slice(at));
  return canonicalOf(out, c.originalLength);
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g" };
const ARABIZI: Record<string, string> = { "2": "", "3": "", "5": "kh", "6": "t", "7": "h", "8": "gh", "9": "q" };
const MIXED_WORD = /(?=[\p{L}\d]*\p{L}[\p{L}\d]*\p{L})(?=[\p{L}\d]*\d)[\p{L}\d]+/gu;

function digitsAsLetters(c: CanonicalText, table: Record<string, string>): CanonicalText | null {
  return rewrite(c, MIXED_WORD, (m) => (/^\d+\p{L}{0,3}$/u.test(m[0]) ? m[0] : m[0].replace(/\d/g, (d) => table[d] ?? d)));
}

const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-·_]\p{L}){2,}(?![\p{L}\p{N}])/gu;

const DIGIT_WORDS: Record<string, string> = {
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  "صفر": "0", "واحد": "1", "اثنان": "2", "اثنين": "2", "ثلاثه": "3", "ثلاث": "3", "اربعه": "4", "اربع": "4", "خمسه": "5", "خمس": "5", "سته": "6", "ست": "6", "سبعه": "7", "سبع": "7", "ثمانيه": "8", "ثماني": "8", "تسعه": "9", "تسع": "9",
};
const DIGIT_WORD = Object.keys(DIGIT_WORDS).sort((a, b) => b.length - a.length).join("|");
const SPELLED_NUMBER = new RegExp(`(?<![\\p{L}])(?:${DIGIT_WORD})(?:[\\s,\\-]+(?:${DIGIT_WORD})){3,}(?![\\p{L}])`, "giu");

const LETTERS_IN_NUMBER = /(?<![\p{L}])(?=[\dOolI]*\d[\dOolI]*[OolI]|[OolI]+[\dOolI]*\d)[\dOolI]+(?![\p{L}])/gu;

// "Tawfiq, Rashid" / "توفيق، رشيد": a name in list order reads across its comma
const COMMA_BETWEEN_WORDS = /(?<=\p{L})\s*[,،]\s*(?=\p{L})/gu;

// "#AbuHamza", "RashidTawfiq": words run together, each starting with a capital
const CAMEL_CASE = /\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+/gu;

const ADDRESS_WRITTEN_AROUND = /\s*[[(]\s*(at|dot)\s*[\])]\s*|\s+@\s*|\s*@\s+/giu;

/**
 * A reading, and whether the detector reads it too. Joining words across a comma or
 * splitting a hashtag makes phrases nobody wrote ("known as ISIS ISIL IS"): those readings
 * only look names up in the index, where a phrase must be a whole entry.
 */
export type Reading = { text: CanonicalText; detector: boolean };

export function alternativeReadings(c: CanonicalText): Reading[] {
  const readings: [CanonicalText | null, boolean][] = [
    [digitsAsLetters(c, LEET), true],
    [digitsAsLetters(c, ARABIZI), true],
    [rewrite(c, SPACED_LETTERS, (m) => m[0].replace(/[ .\-·_]/g, "")), true],
    [rewrite(c, SPELLED_NUMBER, (m) => m[0].split(/[\s,-]+/).map((w) => DIGIT_WORDS[w.toLowerCase()] ?? "").join(" ")), true],
    [rewrite(c, LETTERS_IN_NUMBER, (m) => m[0].replace(/[Oo]/g, "0").replace(/[lI]/g, "1")), true],
    [rewrite(c, COMMA_BETWEEN_WORDS, () => " "), false],
    [rewrite(c, CAMEL_CASE, (m) => m[0].replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ")), false],
    [rewrite(c, ADDRESS_WRITTEN_AROUND, (m) => (m[1]?.toLowerCase() === "dot" ? "." : "@")), true],
  ];
  return readings.flatMap(([text, detector]) => (text ? [{ text, detector }] : []));
}
