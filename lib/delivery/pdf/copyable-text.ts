// Amiri draws a few joins (lam before kaf, for one) as glyphs of their own that stand for
// no character. pdfkit writes an empty entry for such glyphs in the font's ToUnicode map,
// and a reader copying the text — or pdf.js, with which the leak guard reads PDFs back —
// then gets a stray character inside the word ("ل+كن"). Mapping them to a zero-width space
// makes the text copy as it reads. pdfkit fills that map (`unicode`, one entry per glyph)
// in the embedded font's `encode`; this wraps that method, once per font class.
type EmbeddedFont = { unicode: (number[] | undefined)[]; encode: (text: string, features?: unknown) => unknown };

const ZERO_WIDTH_SPACE = 0x200b;
const patched = new WeakSet<object>();

function fillEmptyEntries(font: EmbeddedFont): void {
  for (let i = 0; i < font.unicode.length; i++) if (font.unicode[i]?.length === 0) font.unicode[i] = [ZERO_WIDTH_SPACE];
}

/** Call with a font selected on `doc`: patches that font's class the first time it is seen. */
export function makeGlyphsCopyable(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font?: EmbeddedFont })._font;
  if (!font || typeof font.encode !== "function" || !Array.isArray(font.unicode)) return;
  const proto = Object.getPrototypeOf(font) as EmbeddedFont;
  if (patched.has(proto)) return;
  const encode = proto.encode;
  proto.encode = function (this: EmbeddedFont, text: string, features?: unknown) {
    const result = encode.call(this, text, features);
    fillEmptyEntries(this);
    return result;
  };
  patched.add(proto);
}
