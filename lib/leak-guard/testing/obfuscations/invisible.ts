// Characters that take no space on screen. They arrive with text copied out of PDFs and web
// pages (soft hyphens, byte-order marks, joiners) or are typed on purpose to split a name.
import { innerBoundaries, innerBoundary, insertAt } from "./text-units";

export const INVISIBLES = {
  zeroWidthSpace: "\u200B",
  softHyphen: "\u00AD",
  wordJoiner: "\u2060",
  zeroWidthNonJoiner: "\u200C",
  zeroWidthJoiner: "\u200D",
  byteOrderMark: "\uFEFF",
  mongolianVowelSeparator: "\u180E",
  variationSelector16: "\uFE0F",
  variationSelector1: "\uFE00",
} as const;

export type InvisibleName = keyof typeof INVISIBLES;

/** "Ra\u200Bshid": one invisible character inside a word. */
export function invisibleInWord(text: string, at?: number, invisible: InvisibleName = "zeroWidthSpace"): string {
  const offset = innerBoundary(text, at);
  return offset === null ? text : insertAt(text, offset, INVISIBLES[invisible]);
}

/** "R\u200Ba\u200Bs\u200Bh\u200Bi\u200Bd": the deliberate form, one between every two letters. */
export function invisibleBetweenAllLetters(text: string, invisible: InvisibleName = "zeroWidthSpace"): string {
  const offsets = innerBoundaries(text);
  let out = text;
  for (const offset of offsets.reverse()) out = insertAt(out, offset, INVISIBLES[invisible]);
  return out;
}
