// Turns a styled paragraph into lines ready to draw: wrapped in logical order first, then
// each line put into visual order (Unicode bidi algorithm) as segments of one face and direction.
import bidiFactory from "bidi-js";
import type { Face, Script } from "./fonts";
import { wrapLogical, type Measure } from "./wrap-lines";

export type { Measure } from "./wrap-lines";
export type Direction = "ltr" | "rtl";
export type StyledRun = { text: string; bold?: boolean; italic?: boolean };
/**
 * `visual` is what the eye reads from left to right; `shaperText` is what pdfkit must be given
 * so that, after fontkit has shaped it (and reversed it, for right-to-left scripts), the glyphs
 * come out in that visual order.
 */
export type Segment = { visual: string; shaperText: string; face: Face; rtl: boolean; width: number; logicalStart: number };
export type VisualLine = { segments: Segment[]; width: number; logical: string; hasRtl: boolean };

const bidi = bidiFactory();

const ARABIC_CHAR = /[\p{Script=Arabic}\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_CHAR = /[\p{L}\p{N}]/u;
const FOLLOWS_NEIGHBOUR = /[\s\p{Default_Ignorable_Code_Point}\p{M}]/u;
// fontkit's rule (Script.forString): the first character whose script is not Common,
// Inherited or Unknown decides the run's direction, and right-to-left runs come out reversed.
const SCRIPTED_CHAR = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const RTL_SCRIPT_CHAR =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;

// Format characters (bidi controls, word joiners, the fingerprint's invisible mark) steer the
// bidi algorithm but must not reach fontkit, which would draw them as spaces. ZWJ/ZWNJ stay: they steer Arabic joining.
const IGNORABLE = /(?![\u200C\u200D])\p{Default_Ignorable_Code_Point}/gu;
export const withoutIgnorables = (text: string) => text.replace(IGNORABLE, "");

export function shaperReverses(text: string): boolean {
  const first = SCRIPTED_CHAR.exec(text);
  return first !== null && RTL_SCRIPT_CHAR.test(first[0]);
}

export function containsArabic(text: string): boolean {
  return ARABIC_CHAR.test(text);
}

/** In an Arabic document any paragraph with Arabic in it is right-to-left; otherwise the first strong character decides. */
export function paragraphDirection(text: string, documentRtl: boolean): Direction {
  if (documentRtl && containsArabic(text)) return "rtl";
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === "L") return "ltr";
    if (type === "R" || type === "AL") return "rtl";
  }
  return documentRtl ? "rtl" : "ltr";
}

/**
 * The font family for each UTF-16 unit: Arabic script → Amiri; letters, digits and other
 * punctuation → DejaVu (Amiri's Arabic cut has Arabic punctuation but not ASCII's);
 * spaces and invisible characters follow their neighbour.
 */
export function scriptsOf(text: string, fallback: Script): Script[] {
  const own: (Script | null)[] = [];
  for (const ch of text) {
    const script = ARABIC_CHAR.test(ch) ? "arabic" : STRONG_CHAR.test(ch) || !FOLLOWS_NEIGHBOUR.test(ch) ? "latin" : null;
    for (let k = 0; k < ch.length; k++) own.push(script);
  }
  const firstKnown = own.find((s) => s !== null) ?? fallback;
  let previous: Script = firstKnown;
  return own.map((s) => (previous = s ?? previous));
}

/** UAX #9 rule L2: the visual order of a line's characters, as offsets into the line. */
export function visualOrder(levels: ArrayLike<number>): number[] {
  const order = Array.from({ length: levels.length }, (_, i) => i);
  const level = (position: number) => levels[order[position] ?? 0] ?? 0;
  let highest = 0;
  let lowestOdd = Infinity;
  for (let i = 0; i < levels.length; i++) {
    highest = Math.max(highest, levels[i] ?? 0);
    lowestOdd = Math.min(lowestOdd, (levels[i] ?? 0) | 1);
  }
  for (let target = highest; target >= lowestOdd; target--) {
    for (let i = 0; i < order.length; i++) {
      if (level(i) < target) continue;
      let j = i;
      while (j + 1 < order.length && level(j + 1) >= target) j++;
      const reversed = order.slice(i, j + 1).reverse();
      order.splice(i, reversed.length, ...reversed);
      i = j;
    }
  }
  return order;
}

const reverseCodePoints = (s: string) => Array.from(s).reverse().join("");
const sameFace = (a: Face, b: Face) => a.script === b.script && a.bold === b.bold && a.italic === b.italic;

type Span = { lo: number; hi: number; level: number; face: Face };

function segmentOf(text: string, span: Span, measure: Measure): Segment {
  const rtl = span.level % 2 === 1;
  let logical = "";
  for (let i = span.lo; i <= span.hi; i++) {
    const ch = text[i] ?? "";
    logical += (rtl && bidi.getMirroredCharacter(ch)) || ch;
  }
  // ZWJ and ZWNJ steer Arabic joining; in any other script they are nothing to draw
  logical = span.face.script === "arabic" ? withoutIgnorables(logical) : logical.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
  const visual = rtl ? reverseCodePoints(logical) : logical;
  const shaperText = shaperReverses(logical) ? reverseCodePoints(visual) : visual;
  return { visual, shaperText, face: span.face, rtl, width: measure(shaperText, span.face), logicalStart: span.lo };
}

function visualLine(text: string, faces: Face[], levels: Uint8Array, start: number, end: number, measure: Measure): VisualLine {
  const segments: Segment[] = [];
  let span: Span | null = null;
  for (const offset of visualOrder(levels.subarray(start, end))) {
    const i = start + offset;
    const level = levels[i] ?? 0;
    const face = faces[i] as Face;
    const next = level % 2 === 1 ? span?.lo === i + 1 : span?.hi === i - 1;
    if (span && next && span.level === level && sameFace(span.face, face)) {
      span.lo = Math.min(span.lo, i);
      span.hi = Math.max(span.hi, i);
      continue;
    }
    if (span) segments.push(segmentOf(text, span, measure));
    span = { lo: i, hi: i, level, face };
  }
  if (span) segments.push(segmentOf(text, span, measure));
  const drawn = segments.filter((s) => s.visual.length > 0);
  return {
    segments: drawn,
    width: drawn.reduce((sum, s) => sum + s.width, 0),
    logical: text.slice(start, end),
    hasRtl: drawn.some((s) => s.rtl),
  };
}

/** Wraps a paragraph to `maxWidth` and returns its lines, each in visual order. A "\n" in a run is a hard line break. */
export function layoutParagraph(runs: StyledRun[], maxWidth: number, direction: Direction, measureDrawn: Measure): VisualLine[] {
  const measure: Measure = (t, face) => {
    const drawn = withoutIgnorables(t);
    return drawn ? measureDrawn(drawn, face) : 0;
  };
  const text = runs.map((r) => r.text.replace(/[\t\r]/g, " ")).join("");
  const scripts = scriptsOf(text, direction === "rtl" ? "arabic" : "latin");
  const faces: Face[] = [];
  for (const run of runs) {
    for (let k = 0; k < run.text.length; k++) {
      faces.push({ script: scripts[faces.length] ?? "latin", bold: run.bold ?? false, italic: run.italic ?? false });
    }
  }
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const lines: VisualLine[] = [];
  let from = 0;
  for (const hardLine of text.split("\n")) {
    for (const [start, end] of wrapLogical(text, faces, from, from + hardLine.length, maxWidth, measure)) {
      lines.push(visualLine(text, faces, levels, start, end, measure));
    }
    from += hardLine.length + 1;
  }
  return lines;
}
