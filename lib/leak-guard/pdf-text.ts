// The text a reader (or a copy-and-paste) gets out of a PDF, read by pdf.js (through unpdf),
// not by knowing how our renderer wrote it: whatever the PDF shows is what is checked.
// Pieces of text on one line are joined with a space only where the page shows a gap, so a
// word drawn in parts ("Ra" + bold "sh" + "id") reads as one word and two words as two.
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

function pageText(items: Item[]): string {
  let text = "";
  let previous: Item | undefined;
  for (const item of items) {
    if (previous && !previous.hasEOL && item.str !== "") {
      const sameLine = Math.abs(item.transform[5]! - previous.transform[5]!) < Math.max(item.height, previous.height, 1) / 2;
      const size = Math.max(Math.abs(item.transform[0]!), 1);
      if (!sameLine) text += "\n";
      else if (gap(previous, item) > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += " ";
    }
    text += item.str;
    if (item.hasEOL) text += "\n";
    if (item.str !== "" || item.hasEOL) previous = item;
  }
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
