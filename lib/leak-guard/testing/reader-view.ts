// What a person reads on screen, reduced to comparable text: the oracle that proves an
// obfuscation still spells the identifier. It is deliberately generous and slow (it renders
// Markdown and runs the bidi algorithm) and is meant for tests only, not as the leak guard.
import bidiFactory from "bidi-js";
import { marked } from "marked";
import unhomoglyph from "unhomoglyph";

const bidi = bidiFactory();

// The named references markup.ts writes, with their meaning per the HTML standard.
const NAMED: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, nbsp: 0xa0, shy: 0xad, ZeroWidthSpace: 0x200b, zwnj: 0x200c, zwj: 0x200d,
  aacute: 0xe1, agrave: 0xe0, acirc: 0xe2, auml: 0xe4, ccedil: 0xe7, eacute: 0xe9, egrave: 0xe8, ecirc: 0xea, euml: 0xeb,
  iacute: 0xed, icirc: 0xee, iuml: 0xef, oacute: 0xf3, ocirc: 0xf4, ouml: 0xf6, uacute: 0xfa, ucirc: 0xfb, uuml: 0xfc,
  scedil: 0x15f, gbreve: 0x11f, imath: 0x131, umacr: 0x16b, amacr: 0x101, imacr: 0x12b,
  Ccedil: 0xc7, Eacute: 0xc9, Ouml: 0xd6, Uuml: 0xdc, Scedil: 0x15e, Gbreve: 0x11e, Idot: 0x130, Ecirc: 0xca, Icirc: 0xce,
};

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[A-Za-z]+);/gi, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
    const cp = NAMED[body];
    return cp === undefined ? whole : String.fromCodePoint(cp);
  });
}

/** The text of the rendered Markdown: tags and comments dropped, references decoded. */
export function renderedText(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return decodeEntities(html.replace(/<!--[\s\S]*?-->|<[^>]+>/g, ""));
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Visual left-to-right order of a line, when explicit directional controls rearrange it. */
export function visualOrder(line: string): string {
  if (!BIDI_CONTROL.test(line)) return line;
  return bidi.getReorderedString(line, bidi.getEmbeddingLevels(line, "ltr"));
}

const ARABIC_FOLD: Record<string, string> = { "ک": "ك", "ی": "ي", "ى": "ي", "ھ": "ه", "ە": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا" };

/** Nd digits of any script to ASCII: each block of ten starts at its zero. */
function asciiDigit(digit: string): string {
  let zero = digit.codePointAt(0) ?? 0;
  const cp = zero;
  while (cp - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String(cp - zero);
}

/**
 * Rendered text → visual order → without line wraps, invisible characters, compatibility
 * forms, look-alike letters, Arabic spelling variants and foreign digits; whitespace collapsed.
 * Two strings a person reads as the same identifier have the same reader view.
 */
export function readerView(text: string): string {
  const rendered = renderedText(text).replace(/-\r?\n/g, "").replace(/\r?\n/g, " ");
  // NFKC before the bidi step: bidi-js reorders UTF-16 units and would split astral letters.
  const visible = visualOrder(rendered.normalize("NFKC")).replace(/\p{Default_Ignorable_Code_Point}/gu, "");
  const folded = visible
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[کیىھەةأإآٱ]/g, (c) => ARABIC_FOLD[c] ?? c)
    .replace(/\p{Nd}/gu, (d) => (/[0-9]/.test(d) ? d : asciiDigit(d)));
  // Digits stay digits: unhomoglyph would read 0 as O and 1 as l.
  return folded.replace(/[^0-9\s]/gu, (c) => unhomoglyph(c)).replace(/\s+/g, " ").trim();
}

/** Every digit a person reads in the text, in order (for phone numbers and ID numbers). */
export function readerDigits(text: string): string {
  return readerView(text).replace(/\D/g, "");
}
