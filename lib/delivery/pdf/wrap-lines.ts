// Greedy line breaking in logical (reading) order, at spaces; a word wider than the line is
// cut between graphemes. Widths come from the caller, so this stays free of pdfkit.
import type { Face } from "./fonts";

export type Measure = (text: string, face: Face) => number;

const sameFace = (a: Face | undefined, b: Face | undefined) =>
  a !== undefined && b !== undefined && a.script === b.script && a.bold === b.bold && a.italic === b.italic;

/** Width of text[start, end), measured piece by piece where the face changes. */
export function widthOfRange(text: string, faces: Face[], start: number, end: number, measure: Measure): number {
  let width = 0;
  let pieceStart = start;
  for (let i = start + 1; i <= end; i++) {
    if (i < end && sameFace(faces[i], faces[pieceStart])) continue;
    width += measure(text.slice(pieceStart, i), faces[pieceStart] as Face);
    pieceStart = i;
  }
  return width;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Cuts an over-long word into pieces that each fit (at least one grapheme per piece). */
function cutWord(text: string, faces: Face[], start: number, end: number, maxWidth: number, measure: Measure): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let pieceStart = start;
  let pieceEnd = start;
  for (const { index, segment } of graphemes.segment(text.slice(start, end))) {
    const graphemeEnd = start + index + segment.length;
    if (pieceEnd > pieceStart && widthOfRange(text, faces, pieceStart, graphemeEnd, measure) > maxWidth) {
      pieces.push([pieceStart, pieceEnd]);
      pieceStart = pieceEnd;
    }
    pieceEnd = graphemeEnd;
  }
  pieces.push([pieceStart, pieceEnd]);
  return pieces;
}

/** Lines of text[from, to) as [start, end) ranges with no leading or trailing spaces; an empty range for a blank line. */
export function wrapLogical(text: string, faces: Face[], from: number, to: number, maxWidth: number, measure: Measure): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let line: [number, number] | null = null;
  let lineWidth = 0;
  let spaceWidth = 0;
  const tokens = /\S+|\s+/g;
  tokens.lastIndex = 0;
  const source = text.slice(from, to);
  for (let match = tokens.exec(source); match; match = tokens.exec(source)) {
    const start = from + match.index;
    const end = start + match[0].length;
    const width = widthOfRange(text, faces, start, end, measure);
    if (/^\s/.test(match[0])) {
      if (line) spaceWidth += width;
      continue;
    }
    if (line && lineWidth + spaceWidth + width <= maxWidth) {
      line[1] = end;
      lineWidth += spaceWidth + width;
    } else {
      if (line) lines.push(line);
      const pieces = width > maxWidth ? cutWord(text, faces, start, end, maxWidth, measure) : [[start, end] as [number, number]];
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? [start, end];
      lineWidth = widthOfRange(text, faces, line[0], line[1], measure);
    }
    spaceWidth = 0;
  }
  lines.push(line ?? [from, from]);
  return lines;
}
