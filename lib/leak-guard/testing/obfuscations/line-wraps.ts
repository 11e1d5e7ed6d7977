// Line breaks inside an identifier, as text copied from a PDF or an e-mail arrives: a wrap
// between the words of a name ("Tal\nAbyad"), a word hyphenated at the line end ("Ra-\nshid"),
// Windows line endings. Markdown renders a single line break inside a paragraph as a space.
import { graphemes, insertAt } from "./text-units";

export type Newline = "\n" | "\r\n";

/** "Tal\nAbyad": the `at`-th space (wrapping around) between words becomes a line break. */
export function lineBreakBetweenWords(text: string, at = 0, newline: Newline = "\n"): string {
  const spaces = [...text.matchAll(/(?<=\S)[ \t]+(?=\S)/g)];
  if (spaces.length === 0) return text;
  const space = spaces[((at % spaces.length) + spaces.length) % spaces.length];
  if (!space || space.index === undefined) return text;
  return text.slice(0, space.index) + newline + text.slice(space.index + space[0].length);
}

const LETTER = /^\p{L}/u;

/** Offsets between two letters: where a typesetter hyphenates (never inside a number). */
export function hyphenationPoints(text: string): number[] {
  const units = graphemes(text);
  return units.slice(1).flatMap((unit, i) => (LETTER.test(units[i]?.text ?? "") && LETTER.test(unit.text) ? [unit.start] : []));
}

/** "Ra-\nshid": a word hyphenated across two lines; `at` picks the point (middle by default). */
export function hyphenatedLineBreak(text: string, at?: number, newline: Newline = "\n"): string {
  const points = hyphenationPoints(text);
  if (points.length === 0) return text;
  const index = at === undefined ? Math.floor((points.length - 1) / 2) : ((at % points.length) + points.length) % points.length;
  return insertAt(text, points[index] ?? 0, `-${newline}`);
}
