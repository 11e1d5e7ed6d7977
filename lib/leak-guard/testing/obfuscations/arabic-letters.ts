// How the same Arabic name is typed differently: Persian and Kurdish keyboards put ک and ی
// where Arabic has ك and ي; writers drop or move the hamza on alif, confuse final ي/ى and
// ة/ه; tatweel stretches a word for looks; tashkeel is added in careful or religious text;
// a ZWNJ typed by a Persian-keyboard habit breaks the joining inside a word.
import { graphemes, innerBoundaries, insertAt } from "./text-units";

// A letter is word-final when only marks (tashkeel) stand between it and the end of the word.
const WORD_END = String.raw`(?=\p{M}*(?![\p{L}\p{M}]))`;

/** ك → ک, ي/ى → ی: what a Persian keyboard types for the same letters. */
export function persianKeyboardLetters(text: string): string {
  return text.replace(/ك/g, "ک").replace(/[يى]/g, "ی");
}

/**
 * The Persian substitutions plus Sorani Kurdish heh: ھ for a consonant ه, and ە for a word-final
 * ه or ة, where Kurdish writes the vowel ("حمزة" → "حمزە").
 */
export function kurdishKeyboardLetters(text: string): string {
  return persianKeyboardLetters(text)
    .replace(new RegExp(`[هة]${WORD_END}`, "gu"), "ە")
    .replace(/ه/g, "ھ");
}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3]/;
// Letters that connect to a following letter; a tatweel after them lengthens the connection.
const DUAL_JOINING = /[ئبتثجحخسشصضطظعغفقكلمنهيپچکگی]/;

/** "مـحمد": a tatweel (U+0640) where the two letters around it already join. */
export function tatweelInWord(text: string, at = 0): string {
  const units = graphemes(text);
  const offsets = innerBoundaries(text).filter((offset) => {
    const before = units.find((u) => u.end === offset);
    const after = units.find((u) => u.start === offset);
    return before && after && DUAL_JOINING.test(before.text[0] ?? "") && ARABIC_LETTER.test(after.text[0] ?? "");
  });
  if (offsets.length === 0) return text;
  const offset = offsets[((at % offsets.length) + offsets.length) % offsets.length] ?? 0;
  return insertAt(text, offset, "\u0640");
}

export const HARAKAT = { fatha: "\u064E", damma: "\u064F", kasra: "\u0650", sukun: "\u0652", shadda: "\u0651", tanwinFath: "\u064B" } as const;

/**
 * Vowel marks after Arabic letters, `marks[i]` after the i-th letter (cycling; "" for none).
 * Long-vowel letters (ا و ي ى) get none, as in real vocalised text.
 */
export function withTashkeel(text: string, marks: readonly string[] = [HARAKAT.fatha, HARAKAT.sukun]): string {
  let index = 0;
  let out = "";
  for (const char of text) {
    out += char;
    if (!ARABIC_LETTER.test(char)) continue;
    const mark = /[اويىآ]/.test(char) ? "" : (marks[index % Math.max(1, marks.length)] ?? "");
    out += mark;
    index++;
  }
  return out;
}

/** Every hamza-seated alif (أ إ آ) and every word-initial bare alif written as `alif`. */
export function alifHamzaVariant(text: string, alif: "ا" | "أ" | "إ" | "آ" = "ا"): string {
  return text.replace(/[أإآ]|(?<![\p{L}\p{M}])ا/gu, alif);
}

/** Word-final ي ↔ ى: "علي" written "على", "مصطفى" written "مصطفي". */
export function alifMaqsuraYaSwap(text: string): string {
  return text.replace(new RegExp(`[يى]${WORD_END}`, "gu"), (c) => (c === "ي" ? "ى" : "ي"));
}

/** Word-final ة ↔ ه: "حمزة" written "حمزه". */
export function taMarbutaHaSwap(text: string): string {
  return text.replace(new RegExp(`[ةه]${WORD_END}`, "gu"), (c) => (c === "ة" ? "ه" : "ة"));
}

/** "مح\u200Cمد": a zero-width non-joiner inside an Arabic word, drawn as unjoined letters. */
export function zeroWidthNonJoinerInArabicWord(text: string, at = 0): string {
  const units = graphemes(text);
  const offsets = innerBoundaries(text).filter((offset) => {
    const before = units.find((u) => u.end === offset);
    return before !== undefined && ARABIC_LETTER.test(before.text[0] ?? "");
  });
  if (offsets.length === 0) return text;
  return insertAt(text, offsets[((at % offsets.length) + offsets.length) % offsets.length] ?? 0, "\u200C");
}
