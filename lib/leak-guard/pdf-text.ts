// The text a reader (or a copy-and-paste) gets out of a PDF, read by pdf.js (through unpdf),
// not by knowing how our renderer wrote it: whatever the PDF shows is what is checked.
// Pieces of text on one line are joined with a space only where the page shows a gap, so a
// word drawn in parts ("Ra" + bold "sh" + "id") reads as one word and two words as two; a
// right-to-left line is read from its right edge, whatever order its pieces were drawn in.
import { getDocumentProxy } from "unpdf";

type Item = { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };

function isItem(item: object): item is Item {
  return "str" in item && "transform" in item;
}

/** The horizontal space between two pieces, whichever side of the other each is on. */
function gap(a: Item, b: Item): number {
  const [a0, a1] = [a.transform[4]!, a.transform[4]! + a.width];
  const [b0, b1] = [b.transform[4]!, b.transform[4]! + b.width];
  return Math.max(b0 - a1, a0 - b1, 0);
}

// A reader sees a paragraph or a heading end where the next line starts further down than
// lines of that type do, or in another size of type: there the text gets a blank line, as in
// the Markdown, so a heading's last word and the first word under it are not one phrase.
const PARAGRAPH_GAP = 1.3;
const OTHER_SIZE = 1.15;

const sizeOf = (item: Item) => Math.max(Math.abs(item.transform[0]!), Math.abs(item.transform[3]!), 1);

/** The distance from one line to the next within a paragraph, for each size of type on the page. */
function linePitches(items: Item[]): Map<number, number> {
  const pitches = new Map<number, number>();
  let last: Item | undefined;
  for (const item of items) {
    if (item.str === "") continue;
    const size = Math.round(sizeOf(item) * 10);
    const drop = last && Math.round(sizeOf(last) * 10) === size ? Math.abs(last.transform[5]! - item.transform[5]!) : 0;
    if (drop > item.height / 2) pitches.set(size, Math.min(pitches.get(size) ?? Infinity, drop));
    last = item;
  }
  return pitches;
}

const RIGHT_TO_LEFT = /[\u0590-\u08FF]/g;
const LEFT_TO_RIGHT = /[A-Za-z\u00C0-\u024F]/g;

/** The pieces of one line as a reader reads them: a right-to-left line from its right edge. */
function readingOrder(line: Item[]): Item[] {
  const text = line.map((i) => i.str).join("");
  const rtl = (text.match(RIGHT_TO_LEFT) ?? []).length > (text.match(LEFT_TO_RIGHT) ?? []).length;
  // the renderer may draw a word's first letters after the rest ("كز …" then "تر"): pdf.js
  // keeps drawing order, the eye keeps the page's
  return rtl ? [...line].sort((a, b) => b.transform[4]! + b.width - (a.transform[4]! + a.width)) : line;
}

function lineText(line: Item[]): string {
  let text = "";
  let last: Item | undefined;
  for (const item of readingOrder(line)) {
    if (last && gap(last, item) > sizeOf(item) * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += " ";
    text += item.str;
    last = item;
  }
  return text;
}

function pageText(items: Item[]): string {
  const pitches = linePitches(items);
  const lines: Item[][] = [];
  let lineEnded = true;
  for (const item of items) {
    if (item.str === "") {
      // pdf.js marks a line's end with an empty piece (placed where the next line starts)
      if (item.hasEOL) lineEnded = true;
      continue;
    }
    const current = lines.at(-1);
    const first = current?.[0];
    const sameLine = !lineEnded && first !== undefined && Math.abs(item.transform[5]! - first.transform[5]!) < Math.max(item.height, first.height, 1) / 2;
    if (sameLine) current!.push(item);
    else lines.push([item]);
    lineEnded = item.hasEOL;
  }
  let text = "";
  lines.forEach((line, n) => {
    const previous = lines[n - 1]?.[0];
    const item = line[0]!;
    if (previous) {
      const size = sizeOf(item);
      const drop = Math.abs(previous.transform[5]! - item.transform[5]!);
      const pitch = pitches.get(Math.round(size * 10)) ?? size * 1.4;
      const larger = Math.max(size, sizeOf(previous));
      const paragraph = drop > pitch * PARAGRAPH_GAP || larger / Math.min(size, sizeOf(previous)) > OTHER_SIZE;
      text += paragraph ? "\n\n" : "\n";
    }
    text += lineText(line);
  });
  return text;
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(pageText((content.items as object[]).filter(isItem)));
    }
    return pages.join("\n");
  } finally {
    await pdf.destroy();
  }
}
