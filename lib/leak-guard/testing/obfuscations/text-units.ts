// Where an obfuscation may cut a word. Positions are between user-perceived characters
// (grapheme clusters), so an insertion never splits a surrogate pair (mathematical letters
// are astral), a letter from its tashkeel, or an emoji from its variation selector.

const graphemeSegmenter = new Intl.Segmenter("und", { granularity: "grapheme" });

export type Grapheme = { text: string; start: number; end: number };

export function graphemes(text: string): Grapheme[] {
  return [...graphemeSegmenter.segment(text)].map((s) => ({ text: s.segment, start: s.index, end: s.index + s.segment.length }));
}

const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]/u;
export const isWordGrapheme = (grapheme: Grapheme | undefined) => grapheme !== undefined && WORD_CHARACTER.test(grapheme.text);

/** UTF-16 offsets strictly inside words: between two graphemes that are both letters or digits. */
export function innerBoundaries(text: string): number[] {
  const units = graphemes(text);
  const offsets: number[] = [];
  for (let i = 1; i < units.length; i++) {
    if (isWordGrapheme(units[i - 1]) && isWordGrapheme(units[i])) offsets.push(units[i]?.start ?? 0);
  }
  return offsets;
}

/**
 * The `at`-th inner boundary (wrapping around, so any natural number picks one), or the middle
 * one when `at` is omitted; null when the text has no word of two characters.
 */
export function innerBoundary(text: string, at?: number): number | null {
  const offsets = innerBoundaries(text);
  if (offsets.length === 0) return null;
  const index = at === undefined ? Math.floor((offsets.length - 1) / 2) : ((at % offsets.length) + offsets.length) % offsets.length;
  return offsets[index] ?? null;
}

export function insertAt(text: string, offset: number, insertion: string): string {
  return text.slice(0, offset) + insertion + text.slice(offset);
}

/**
 * The run of up to `length` word graphemes that starts at `offset`, ending at the word's end
 * at the latest: the stretch a markup wrapper may enclose without leaving the word.
 */
export function wordRunFrom(text: string, offset: number, length: number): { start: number; end: number } {
  const units = graphemes(text);
  let index = units.findIndex((unit) => unit.start === offset);
  let end = offset;
  let taken = 0;
  while (index >= 0 && index < units.length && taken < length && isWordGrapheme(units[index])) {
    end = units[index]?.end ?? end;
    taken++;
    index++;
  }
  return { start: offset, end };
}

export const hasArabicLetter = (text: string) => /[\u0620-\u064A\u066E-\u06D3]/.test(text);
export const hasLatinLetter = (text: string) => /[A-Za-z\u00C0-\u024F]/.test(text);
