// Every obfuscation under one name, with where it can apply and in which phase of a
// composition it runs. Phases keep compositions sound: spellings change letters before
// anything is inserted between them, look-alike glyphs are chosen before markup wraps them,
// and a right-to-left override (which reverses the stored order) never meets markup.
import * as arabic from "./arabic-letters";
import { arabicPresentationForms } from "./arabic-presentation-forms";
import { DIGIT_SCRIPTS, digitsInScript, mixedDigitScripts } from "./digits";
import { INVISIBLES, invisibleBetweenAllLetters, invisibleInWord, type InvisibleName } from "./invisible";
import { hyphenatedLineBreak, hyphenationPoints, lineBreakBetweenWords } from "./line-wraps";
import { cyrillicLookalikes, fullwidthForms, greekLookalikes, rightToLeftOverride, CYRILLIC_TWINS, GREEK_TWINS } from "./lookalike";
import * as markup from "./markup";
import { MATH_DIGIT_STYLES, MATH_STYLES, mathAlphanumerics } from "./math-alphanumerics";
import { hasArabicLetter, hasLatinLetter, innerBoundaries } from "./text-units";

export const PHASES = ["spelling", "insertion", "glyphs", "wrap", "markup", "bidi"] as const;
export type Phase = (typeof PHASES)[number];

/** `at` picks a position, `variant` a flavour (which invisible, which style…); both wrap around. */
export type ObfuscationStep = { name: ObfuscationName; at: number; variant: number };

type Obfuscation = {
  phase: Phase;
  /** Only one obfuscation per group in a composition (one glyph set, one keyboard, one markup). */
  group?: string;
  appliesTo: (text: string) => boolean;
  apply: (text: string, at: number, variant: number) => string;
};

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;
const INVISIBLE_NAMES = Object.keys(INVISIBLES) as InvisibleName[];
const inWord = (text: string) => innerBoundaries(text).length > 0;
const hasTwin = (twins: Record<string, string>) => (text: string) => [...text].some((c) => c in twins);
const FOREIGN_DIGITS = DIGIT_SCRIPTS.filter((script) => script !== "ascii");
const ALIFS = ["ا", "أ", "إ", "آ"] as const;

/** The `variant`-th alif form that actually changes the text (a bare "ابو" stays "ابو" under "ا"). */
function alifOtherThanWritten(text: string, _at: number, variant: number): string {
  for (let i = 0; i < ALIFS.length; i++) {
    const written = arabic.alifHamzaVariant(text, pick(ALIFS, variant + i));
    if (written !== text) return written;
  }
  return text;
}

const arabicWords = (text: string) => hasArabicLetter(text) && inWord(text);

export const OBFUSCATIONS = {
  "persian-keyboard": { phase: "spelling", group: "keyboard", appliesTo: (t) => /[كيى]/.test(t), apply: (t) => arabic.persianKeyboardLetters(t) },
  "kurdish-keyboard": { phase: "spelling", group: "keyboard", appliesTo: (t) => /[كيىهة]/.test(t), apply: (t) => arabic.kurdishKeyboardLetters(t) },
  "alif-hamza": { phase: "spelling", appliesTo: (t) => /[أإآ]|(?<![\p{L}\p{M}])ا/u.test(t), apply: alifOtherThanWritten },
  "alif-maqsura-ya": { phase: "spelling", appliesTo: (t) => arabic.alifMaqsuraYaSwap(t) !== t, apply: (t) => arabic.alifMaqsuraYaSwap(t) },
  "ta-marbuta-ha": { phase: "spelling", appliesTo: (t) => arabic.taMarbutaHaSwap(t) !== t, apply: (t) => arabic.taMarbutaHaSwap(t) },
  tashkeel: {
    phase: "spelling", appliesTo: hasArabicLetter,
    apply: (t, _a, v) => arabic.withTashkeel(t, pick([[arabic.HARAKAT.fatha, arabic.HARAKAT.sukun], [arabic.HARAKAT.damma, arabic.HARAKAT.fatha, arabic.HARAKAT.shadda + arabic.HARAKAT.fatha], [arabic.HARAKAT.kasra]], v)),
  },

  "invisible-in-word": { phase: "insertion", appliesTo: inWord, apply: (t, a, v) => invisibleInWord(t, a, pick(INVISIBLE_NAMES, v)) },
  "invisible-between-all-letters": { phase: "insertion", appliesTo: inWord, apply: (t, _a, v) => invisibleBetweenAllLetters(t, pick(INVISIBLE_NAMES, v)) },
  tatweel: { phase: "insertion", appliesTo: (t) => arabic.tatweelInWord(t) !== t, apply: (t, a) => arabic.tatweelInWord(t, a) },
  "zwnj-in-arabic-word": { phase: "insertion", appliesTo: arabicWords, apply: (t, a) => arabic.zeroWidthNonJoinerInArabicWord(t, a) },

  cyrillic: { phase: "glyphs", group: "glyphs", appliesTo: hasTwin(CYRILLIC_TWINS), apply: (t, a, v) => cyrillicLookalikes(t, v % 2 === 0 ? "all" : a) },
  greek: { phase: "glyphs", group: "glyphs", appliesTo: hasTwin(GREEK_TWINS), apply: (t, a, v) => greekLookalikes(t, v % 2 === 0 ? "all" : a) },
  fullwidth: { phase: "glyphs", group: "glyphs", appliesTo: (t) => /[!-~]/.test(t), apply: (t) => fullwidthForms(t) },
  "math-alphanumerics": { phase: "glyphs", group: "glyphs", appliesTo: (t) => /[A-Za-z0-9]/.test(t), apply: (t, _a, v) => mathAlphanumerics(t, pick(/[A-Za-z]/.test(t) ? MATH_STYLES : MATH_DIGIT_STYLES, v)) },
  "presentation-forms": { phase: "glyphs", group: "glyphs", appliesTo: hasArabicLetter, apply: (t, _a, v) => arabicPresentationForms(t, v % 2 === 0) },
  "digit-script": {
    phase: "glyphs", group: "glyphs", appliesTo: (t) => /[0-9]/.test(t),
    // The first digit always leaves ASCII, so the number never comes out unchanged.
    apply: (t, a, v) => (v % 2 === 0 ? digitsInScript(t, pick(FOREIGN_DIGITS, a)) : mixedDigitScripts(t, [pick(FOREIGN_DIGITS, a), pick(DIGIT_SCRIPTS, v), pick(DIGIT_SCRIPTS, a + v)])),
  },

  "line-break-between-words": { phase: "wrap", group: "wrap", appliesTo: (t) => /\S[ \t]+\S/.test(t), apply: (t, a, v) => lineBreakBetweenWords(t, a, v % 2 === 0 ? "\n" : "\r\n") },
  "hyphenated-line-break": { phase: "wrap", group: "wrap", appliesTo: (t) => hasLatinLetter(t) && hyphenationPoints(t).length > 0, apply: (t, a, v) => hyphenatedLineBreak(t, a, v % 2 === 0 ? "\n" : "\r\n") },

  "html-comment": { phase: "markup", group: "markup", appliesTo: inWord, apply: (t, a) => markup.htmlCommentInWord(t, a) },
  emphasis: { phase: "markup", group: "markup", appliesTo: inWord, apply: (t, a, v) => markup.emphasisInWord(t, a, pick(["*", "**", "***"] as const, v), 1 + (v % 3)) },
  "underscore-emphasis": { phase: "markup", group: "markup", appliesTo: (t) => /\S/.test(t), apply: (t, a) => markup.underscoreEmphasisOnWord(t, a) },
  "code-span": { phase: "markup", group: "markup", appliesTo: inWord, apply: (t, a, v) => markup.codeSpanInWord(t, a, 1 + (v % 3)) },
  "decimal-entity": { phase: "markup", group: "markup", appliesTo: inWord, apply: (t, a) => markup.decimalEntityInWord(t, a) },
  "hex-entity": { phase: "markup", group: "markup", appliesTo: inWord, apply: (t, a) => markup.hexEntityInWord(t, a) },
  "named-entity": { phase: "markup", group: "markup", appliesTo: inWord, apply: (t, a) => markup.namedEntityInWord(t, a) },
  "html-tag": { phase: "markup", group: "markup", appliesTo: inWord, apply: (t, a, v) => markup.htmlTagInWord(t, a, pick(["b", "i", "em", "strong", "u", "span", "empty-span"] as const, v), 1 + (v % 2)) },

  "right-to-left-override": {
    phase: "bidi", group: "bidi",
    appliesTo: (t) => hasLatinLetter(t) && !hasArabicLetter(t) && !/[\r\n]/.test(t),
    apply: (t) => rightToLeftOverride(t),
  },
} satisfies Record<string, Obfuscation>;

export type ObfuscationName = keyof typeof OBFUSCATIONS;
export const OBFUSCATION_NAMES = Object.keys(OBFUSCATIONS) as ObfuscationName[];

export function obfuscation(name: ObfuscationName): Obfuscation {
  return OBFUSCATIONS[name];
}

/** Whether `candidate` may join a composition that already has `chosen`. */
export function compatible(chosen: readonly ObfuscationName[], candidate: ObfuscationName): boolean {
  const next = obfuscation(candidate);
  return chosen.every((name) => {
    const other = obfuscation(name);
    if (name === candidate) return false;
    if (other.group !== undefined && other.group === next.group) return false;
    // The override reverses the stored order; markup or a line break inside it would be reversed too.
    const phases = [other.phase, next.phase];
    return !(phases.includes("bidi") && (phases.includes("markup") || phases.includes("wrap")));
  });
}
