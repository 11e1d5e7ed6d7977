// The one canonical form every guard matches in: dictionary entries, real names, item
// fields and every delivered form go through it, so an identifier written with look-alike
// letters, invisible characters, presentation forms, other digits or a line break inside
// collapses back into the spelling the guard knows. Each canonical character remembers the
// original characters it came from, so editors are shown positions in their own text.
import unhomoglyph from "unhomoglyph";
import { cyrillicWordPositions, latinOfCyrillic } from "./cyrillic-words";
import { fancyCharacter } from "./fancy-letters";
import { foldArabicLetter, isArabicLetter, keepsAlifMaqsura } from "./arabic-letters";

export type CanonicalText = {
  text: string;
  /** for each canonical UTF-16 unit, the original range [from, to) it was made from */
  from: Int32Array;
  to: Int32Array;
  originalLength: number;
};

const RIGHT_TO_LEFT_OVERRIDE = 0x202e;
const POP_DIRECTIONAL_FORMATTING = 0x202c;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}\u0640]/u;
const SPACE = /[\s\p{Zs}\u2028\u2029\u0085]/u;
const LETTER = /\p{L}/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
const ASCII_LETTERS = /^[A-Za-z]+$/;
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);

/** Display order of a right-to-left override run: what a reader sees is the reversed text. */
function displayOrder(input: string): { char: string; from: number; to: number }[] {
  const out: { char: string; from: number; to: number }[] = [];
  let reversed: { char: string; from: number; to: number }[] | null = null;
  let i = 0;
  for (const char of input) {
    const cp = char.codePointAt(0)!;
    const unit = { char, from: i, to: i + char.length };
    i += char.length;
    if (cp === RIGHT_TO_LEFT_OVERRIDE) {
      if (reversed) out.push(...reversed.reverse());
      reversed = [];
    } else if (reversed && (cp === POP_DIRECTIONAL_FORMATTING || char === "\n")) {
      out.push(...reversed.reverse(), unit);
      reversed = null;
    } else if (reversed) {
      reversed.push(unit);
    } else {
      out.push(unit);
    }
  }
  if (reversed) out.push(...reversed.reverse());
  return out;
}

// Value of a decimal digit of any script: digit blocks are runs of ten from zero.
const DIGIT_VALUE = new Map<number, string>();
function asciiDigit(char: string): string {
  const cp = char.codePointAt(0)!;
  let value = DIGIT_VALUE.get(cp);
  if (value === undefined) {
    let zero = cp;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1)) && cp - zero < 9) zero--;
    value = String((cp - zero) % 10);
    DIGIT_VALUE.set(cp, value);
  }
  return value;
}

// Letters that English spells with two: Turkish and Kurdish (Xoşnaw is Khoshnaw, Çelebi
// Chelebi) and the scholarly transliteration of Arabic and Persian (Khošnaw, Ṯābit, Ǧamāl).
const TWO_LETTER_SOUNDS: Record<string, string> = {
  "ş": "sh", "Ş": "Sh", "ș": "sh", "Ș": "Sh", "ç": "ch", "Ç": "Ch", "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh",
  "ṯ": "th", "Ṯ": "Th", "ḏ": "dh", "Ḏ": "Dh", "ḫ": "kh", "Ḫ": "Kh", "ẖ": "kh", "ǧ": "j", "Ǧ": "J", "ġ": "gh", "Ġ": "Gh", "ḵ": "kh", "Ḵ": "Kh",
};

// Control characters other than tab and line breaks: a screen, an email client or a partner's
// sanitiser drops them, so "Ka<VT>ni" reads "Kani" and must match as it.
const UNSHOWN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

/**
 * The text with each of those letters as its plain one ("Ayşe" → "Ayse"): what a writer on
 * an English keyboard types for a name the dictionary holds with its marks.
 */
export function withPlainLetters(text: string): string {
  return [...text].map((char) => (TWO_LETTER_SOUNDS[char] ? char.normalize("NFD")[0]! : char)).join("");
}

/** One character (already NFKC) in canonical form: "" to drop it. */
function canonicalChar(char: string): string {
  const cp = char.codePointAt(0)!;
  if (UNSHOWN_CONTROL.test(char)) return "";
  if (cp < 0x80) return char;
  if (INVISIBLE.test(char)) return "";
  if (SPACE.test(char)) return char === "\u2028" || char === "\u2029" || char === "\u0085" ? "\n" : " ";
  if (DECIMAL_DIGIT.test(char)) return asciiDigit(char);
  if (isArabicLetter(cp)) return foldArabicLetter(char);
  const sound = TWO_LETTER_SOUNDS[char];
  if (sound) return sound;
  if (LETTER.test(char)) {
    // A Cyrillic "ѕ" or Greek "ο" reads as a Latin letter; a Turkish "ş" stays itself.
    const prototype = unhomoglyph(char);
    // TR39's prototype of every I-like capital (Cyrillic І, Greek Ι) is a small "l"
    if (prototype === "l" && char !== char.toLowerCase()) return "I";
    if (prototype !== char && ASCII_LETTERS.test(prototype)) return prototype;
  }
  return char;
}

type Unit = { char: string; from: number; to: number };

function canonicalUnits(input: string): Unit[] {
  const units: Unit[] = [];
  const russian = /\p{Script=Cyrillic}/u.test(input) ? cyrillicWordPositions(input) : null;
  for (const { char, from, to } of displayOrder(input)) {
    const transliterated = russian?.has(from) ? latinOfCyrillic(char) : null;
    if (transliterated !== null) {
      for (let k = 0; k < transliterated.length; k++) units.push({ char: transliterated[k]!, from, to });
      continue;
    }
    for (const piece of fancyCharacter(char) ?? char.normalize("NFKC")) {
      const canonical = canonicalChar(piece);
      // one unit per UTF-16 code unit, so positions line up with the string
      for (let k = 0; k < canonical.length; k++) units.push({ char: canonical[k]!, from, to });
    }
  }
  return units;
}

/**
 * Words broken across lines read as one: a hyphen and a line break between letters join
 * the halves ("Ra-\nshid"); any other single line break is a space ("Tal\nAbyad"). A blank
 * line still parts paragraphs: a heading and the sentence under it are not one phrase.
 */
/** A line break next to another one, with only spaces between: a blank line. */
function paragraphBreak(units: Unit[], i: number): boolean {
  for (const step of [-1, 1]) {
    let j = i + step;
    while (units[j]?.char === " " || units[j]?.char === "\r" || units[j]?.char === "\t") j += step;
    if (units[j]?.char === "\n") return true;
  }
  return false;
}

function joinLines(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (HYPHENS.has(unit.char) && LETTER.test(out.at(-1)?.char ?? "")) {
      let j = i + 1;
      while (units[j]?.char === " " || units[j]?.char === "\r") j++;
      if (units[j]?.char === "\n") {
        j++;
        while (units[j]?.char === " " || units[j]?.char === "\r") j++;
        if (LETTER.test(units[j]?.char ?? "")) {
          i = j - 1;
          continue;
        }
      }
    }
    if (unit.char === "\n" && paragraphBreak(units, i)) out.push(unit);
    else out.push(unit.char === "\n" || unit.char === "\r" || unit.char === "\t" ? { ...unit, char: " " } : unit);
  }
  return out;
}

/** على stays على (see keepsAlifMaqsura): the last letter of such a word goes back to ى. */
function keepMaqsuraWords(units: Unit[], input: string): void {
  let start = 0;
  for (let i = 0; i <= units.length; i++) {
    const unit = units[i];
    if (unit && isArabicLetter(unit.char.charCodeAt(0))) continue;
    const last = units[i - 1];
    if (i > start && last?.char === "ي" && keepsAlifMaqsura(input.slice(units[start]!.from, last.to))) units[i - 1] = { ...last, char: "ى" };
    start = i + 1;
  }
}

// Emphasis and code marks inside a word ("Ra**sh**id", "K*ı*zılbağ", "Ra`sh`id") read as
// the word in any text a person reads, rendered or not: they are dropped between letters. An
// underscore stands for a space there ("#أبو_حمزة", "abu_hamza_sh").
const INWORD_MARKUP = new Set(["*", "_", "`", "~"]);

function withoutMarkupInsideWords(units: Unit[]): Unit[] {
  const isLetter = (u: Unit | undefined) => u !== undefined && LETTER.test(u.char);
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    if (INWORD_MARKUP.has(units[i]!.char) && isLetter(out.at(-1))) {
      let j = i;
      while (j < units.length && INWORD_MARKUP.has(units[j]!.char)) j++;
      if (isLetter(units[j])) {
        if (units.slice(i, j).some((u) => u.char === "_")) out.push({ ...units[i]!, char: " " });
        i = j - 1;
        continue;
      }
    }
    out.push(units[i]!);
  }
  return out;
}

export function canonicalText(input: string): CanonicalText {
  const units = withoutMarkupInsideWords(joinLines(canonicalUnits(input)));
  keepMaqsuraWords(units, input);
  const from = new Int32Array(units.length);
  const to = new Int32Array(units.length);
  let text = "";
  units.forEach((unit, i) => {
    text += unit.char;
    from[i] = unit.from;
    to[i] = unit.to;
  });
  return { text, from, to, originalLength: input.length };
}

/** The original range a canonical range [start, end) was made from. */
export function originalRange(canonical: CanonicalText, start: number, end: number): { start: number; end: number } {
  if (canonical.text.length === 0) return { start: 0, end: 0 };
  const first = Math.min(Math.max(start, 0), canonical.text.length - 1);
  const last = Math.min(Math.max(end - 1, first), canonical.text.length - 1);
  let lo = canonical.originalLength;
  let hi = 0;
  for (let i = first; i <= last; i++) {
    lo = Math.min(lo, canonical.from[i]!);
    hi = Math.max(hi, canonical.to[i]!);
  }
  return { start: lo, end: hi };
}

/** Canonical form of a short string (an entry, a name) when positions do not matter. */
export function canonicalString(input: string): string {
  return canonicalText(input).text;
}
