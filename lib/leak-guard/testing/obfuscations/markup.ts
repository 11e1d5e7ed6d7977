// Markdown and HTML inside a word: the rendered item reads "Rashid" while the stored body
// does not contain that string. Only constructs that CommonMark (and marked, which renders
// items) really turn into invisible markup are used: `*` emphasis works inside a word, `_`
// does not (CommonMark forbids intraword underscore emphasis, "Ra_sh_id" shows underscores),
// so underscores only ever wrap a whole word.
import { innerBoundary, insertAt, wordRunFrom, graphemes } from "./text-units";

function wrapInsideWord(text: string, at: number | undefined, length: number, open: string, close: string): string {
  const offset = innerBoundary(text, at);
  if (offset === null) return text;
  const run = wordRunFrom(text, offset, Math.max(1, length));
  return text.slice(0, run.start) + open + text.slice(run.start, run.end) + close + text.slice(run.end);
}

/** "Ra<!---->shid": an empty HTML comment, kept by Markdown and invisible once rendered. */
export function htmlCommentInWord(text: string, at?: number): string {
  const offset = innerBoundary(text, at);
  return offset === null ? text : insertAt(text, offset, "<!---->");
}

export type EmphasisMarker = "*" | "**" | "***";

/** "Ra**sh**id": asterisk emphasis, which CommonMark renders inside a word. */
export function emphasisInWord(text: string, at?: number, marker: EmphasisMarker = "**", length = 2): string {
  return wrapInsideWord(text, at, length, marker, marker);
}

/** "_Abu_ Hamza": underscore emphasis around one whole word, the only place it renders. */
export function underscoreEmphasisOnWord(text: string, wordIndex = 0): string {
  const words = [...text.matchAll(/\S+/g)];
  const word = words[((wordIndex % words.length) + words.length) % words.length];
  if (!word || word.index === undefined) return text;
  return text.slice(0, word.index) + `_${word[0]}_` + text.slice(word.index + word[0].length);
}

/** "Ra`sh`id": a code span inside a word; rendered in a monospace font, read as one word. */
export function codeSpanInWord(text: string, at?: number, length = 2): string {
  return wrapInsideWord(text, at, length, "`", "`");
}

export type InlineTag = "b" | "i" | "em" | "strong" | "u" | "span" | "empty-span";

/** "Ra<b>sh</b>id", "Ra<span></span>shid": raw inline HTML, which Markdown passes through. */
export function htmlTagInWord(text: string, at?: number, tag: InlineTag = "b", length = 2): string {
  if (tag === "empty-span") {
    const offset = innerBoundary(text, at);
    return offset === null ? text : insertAt(text, offset, "<span></span>");
  }
  return wrapInsideWord(text, at, length, `<${tag}>`, `</${tag}>`);
}

function replaceGraphemeAfter(text: string, at: number | undefined, encode: (grapheme: string) => string): string {
  const offset = innerBoundary(text, at);
  if (offset === null) return text;
  const unit = graphemes(text).find((g) => g.start === offset);
  if (!unit) return text;
  return text.slice(0, unit.start) + encode(unit.text) + text.slice(unit.end);
}

const codePoints = (grapheme: string) => [...grapheme].map((c) => c.codePointAt(0) ?? 0);

/** "R&#97;shid": a decimal character reference for one letter. */
export function decimalEntityInWord(text: string, at?: number): string {
  return replaceGraphemeAfter(text, at, (g) => codePoints(g).map((cp) => `&#${cp};`).join(""));
}

/** "R&#x61;shid": a hexadecimal character reference for one letter. */
export function hexEntityInWord(text: string, at?: number): string {
  return replaceGraphemeAfter(text, at, (g) => codePoints(g).map((cp) => `&#x${cp.toString(16)};`).join(""));
}

// HTML5 named references for the accented letters of Turkish, Kurdish and French names.
const NAMED_ENTITIES: Record<string, string> = {
  á: "aacute", à: "agrave", â: "acirc", ä: "auml", ç: "ccedil", é: "eacute", è: "egrave", ê: "ecirc", ë: "euml",
  í: "iacute", î: "icirc", ï: "iuml", ó: "oacute", ô: "ocirc", ö: "ouml", ú: "uacute", û: "ucirc", ü: "uuml",
  ş: "scedil", ğ: "gbreve", ı: "imath", ū: "umacr", ā: "amacr", ī: "imacr",
  Ç: "Ccedil", É: "Eacute", Ö: "Ouml", Ü: "Uuml", Ş: "Scedil", Ğ: "Gbreve", İ: "Idot", Ê: "Ecirc", Î: "Icirc",
};

/**
 * "&Scedil;ahin" for a name with an accented letter; otherwise "Ra&shy;shid", the named
 * reference of a soft hyphen, which renders as nothing in the middle of a line.
 */
export function namedEntityInWord(text: string, at?: number): string {
  const accented = [...text].findIndex((c) => c in NAMED_ENTITIES);
  if (accented >= 0) {
    const chars = [...text];
    chars[accented] = `&${NAMED_ENTITIES[chars[accented] ?? ""]};`;
    return chars.join("");
  }
  const offset = innerBoundary(text, at);
  return offset === null ? text : insertAt(text, offset, "&shy;");
}
