// The two font families a PDF may use, read from npm packages on disk (never the network):
// Amiri (a Naskh face) for Arabic script, DejaVu Sans for everything else. Amiri draws each
// dotted letter as one glyph, so the PDF's text copies (and is read back by the leak guard)
// letter for letter; faces that draw the dots as separate glyphs lose which letter was meant.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { makeGlyphsCopyable } from "./copyable-text";

export type Script = "arabic" | "latin";
export type Face = { script: Script; bold: boolean; italic: boolean };

const FILES = {
  "latin-regular": "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  "latin-bold": "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  "latin-italic": "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
  "latin-bolditalic": "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf",
  "arabic-regular": "@fontsource/amiri/files/amiri-arabic-400-normal.woff",
  "arabic-bold": "@fontsource/amiri/files/amiri-arabic-700-normal.woff",
} as const;
export type FontName = keyof typeof FILES;

// Vertical extents in em, from each font's hhea table; Amiri reserves room for stacked marks.
export const METRICS: Record<Script, { ascent: number; descent: number }> = {
  latin: { ascent: 0.928, descent: 0.236 },
  arabic: { ascent: 1.124, descent: 0.634 },
};

/** Arabic emphasis keeps only its weight: slanting Naskh is not how Arabic is emphasised. */
export function fontNameOf(face: Face): FontName {
  if (face.script === "arabic") return face.bold ? "arabic-bold" : "arabic-regular";
  if (face.bold) return face.italic ? "latin-bolditalic" : "latin-bold";
  return face.italic ? "latin-italic" : "latin-regular";
}

// Resolved from the working directory at run time, so a bundled server (`next start`)
// finds the same files as vitest and tsx do.
function resolveFontFile(spec: string): string {
  const candidates: string[] = [];
  try {
    candidates.push(createRequire(path.join(process.cwd(), "package.json")).resolve(spec));
  } catch {
    // fall through to the plain node_modules path
  }
  candidates.push(path.join(process.cwd(), "node_modules", spec));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`PDF font file not found: ${spec}`);
  return found;
}

const cache = new Map<FontName, Buffer>();

export function fontBytes(name: FontName): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(resolveFontFile(FILES[name]));
    cache.set(name, bytes);
  }
  return bytes;
}

/** Registers every face by name; pdfkit parses a face when first selected and embeds a subset of it. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(FILES) as FontName[]) doc.registerFont(name, fontBytes(name));
  doc.font("arabic-regular");
  makeGlyphsCopyable(doc);
  doc.font("latin-regular");
}
