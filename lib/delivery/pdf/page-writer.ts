// Draws laid-out lines, images and rules down the page with pdfkit, starting a new page when
// the next line does not fit, and puts the footer on every page at the end.
import { layoutParagraph, type Direction, type Measure, type StyledRun, type VisualLine } from "./bidi-lines";
import { METRICS, fontNameOf } from "./fonts";

export type ParagraphStyle = {
  size: number;
  color: string;
  direction: Direction;
  align?: "start" | "center";
  indent?: number;
  marker?: string | null;
  quoteDepth?: number;
  keepWithNext?: number; // points that must fit below this paragraph's first line, e.g. for a heading
};

export const INDENT_STEP = 18;
const RULE_COLOR = "#9a9a9a";

export class PageWriter {
  private y: number;
  private readonly widths = new Map<string, number>();

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.y = doc.page.margins.top;
  }

  get left() { return this.doc.page.margins.left; }
  get right() { return this.doc.page.width - this.doc.page.margins.right; }
  get contentWidth() { return this.right - this.left; }
  private get bottom() { return this.doc.page.height - this.doc.page.margins.bottom; }

  /** Text widths come from the same shaping call that draws them (`features: []` shapes the whole run). */
  measureAt(size: number): Measure {
    return (text, face) => {
      const name = fontNameOf(face);
      const key = `${size}\u0000${name}\u0000${text}`;
      let width = this.widths.get(key);
      if (width === undefined) {
        width = this.doc.font(name).fontSize(size).widthOfString(text, { features: [] });
        this.widths.set(key, width);
      }
      return width;
    };
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  private ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.doc.page.margins.top) this.newPage();
  }

  private drawLine(line: VisualLine, x: number, baseline: number, size: number, color: string): void {
    // Segments are placed in visual order but written to the page in reading order, so text
    // copied out (or read back by the leak guard) comes in the order it is read; ActualText
    // says the same for readers that use it.
    if (line.hasRtl) this.doc.markContent("Span", { actual: line.logical });
    let cursor = x;
    const placed = line.segments.map((segment) => {
      const at = cursor;
      cursor += segment.width;
      return { segment, at };
    });
    for (const { segment, at } of [...placed].sort((a, b) => a.segment.logicalStart - b.segment.logicalStart)) {
      this.doc.font(fontNameOf(segment.face)).fontSize(size).fillColor(color);
      this.doc.text(segment.shaperText, at, baseline, { lineBreak: false, baseline: "alphabetic", features: [] });
    }
    if (line.hasRtl) this.doc.endMarkedContent();
  }

  private lineBox(lines: VisualLine[], size: number) {
    const arabic = lines.some((l) => l.segments.some((s) => s.face.script === "arabic"));
    const ascent = Math.max(METRICS.latin.ascent, arabic ? METRICS.arabic.ascent : 0) * size;
    const descent = Math.max(METRICS.latin.descent, arabic ? METRICS.arabic.descent : 0) * size;
    return { ascent, height: ascent + descent + size * (arabic ? 0.1 : 0.25) };
  }

  paragraph(runs: StyledRun[], style: ParagraphStyle): void {
    const indent = style.indent ?? 0;
    const rtl = style.direction === "rtl";
    const measure = this.measureAt(style.size);
    const lines = layoutParagraph(runs, this.contentWidth - indent, style.direction, measure);
    const box = this.lineBox(lines, style.size);
    this.ensure(box.height + (style.keepWithNext ?? 0));
    lines.forEach((line, n) => {
      this.ensure(box.height);
      const baseline = this.y + box.ascent;
      const x = style.align === "center" ? this.left + (this.contentWidth - line.width) / 2 : rtl ? this.right - indent - line.width : this.left + indent;
      this.drawLine(line, x, baseline, style.size, style.color);
      if (n === 0 && style.marker) this.drawMarker(style.marker, style, indent, baseline, measure);
      this.drawQuoteRules(style.quoteDepth ?? 0, rtl, this.y, this.y + box.height);
      this.y += box.height;
    });
  }

  private drawMarker(marker: string, style: ParagraphStyle, indent: number, baseline: number, measure: Measure): void {
    const [line] = layoutParagraph([{ text: marker }], INDENT_STEP * 3, style.direction, measure);
    if (!line) return;
    const x = style.direction === "rtl" ? this.right - indent + 5 : this.left + indent - 5 - line.width;
    this.drawLine(line, x, baseline, style.size, style.color);
  }

  private drawQuoteRules(depth: number, rtl: boolean, top: number, bottom: number): void {
    for (let k = 0; k < depth; k++) {
      const x = rtl ? this.right - k * INDENT_STEP - 4 : this.left + k * INDENT_STEP + 4;
      this.doc.save().moveTo(x, top).lineTo(x, bottom).lineWidth(2).strokeColor(RULE_COLOR).stroke().restore();
    }
  }

  /** Scaled to the content width (never enlarged past 1 px = 1 pt) and to at most 70% of the page height, centred. */
  image(data: Buffer, pixelWidth: number, pixelHeight: number, altText: string | null): void {
    const maxHeight = (this.bottom - this.doc.page.margins.top) * 0.7;
    const scale = Math.min(1, this.contentWidth / pixelWidth, maxHeight / pixelHeight);
    const width = pixelWidth * scale;
    const height = pixelHeight * scale;
    this.ensure(height);
    if (altText) this.doc.markContent("Span", { alt: altText });
    this.doc.image(data, this.left + (this.contentWidth - width) / 2, this.y, { width, height });
    if (altText) this.doc.endMarkedContent();
    this.y += height;
  }

  rule(): void {
    this.ensure(14);
    const y = this.y + 7;
    this.doc.save().moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.5).strokeColor(RULE_COLOR).stroke().restore();
    this.y += 14;
  }

  /** The fingerprint line and "n / total" on every page, marked as a pagination artifact. */
  footers(preparedFor: string, documentDirection: Direction, color: string): void {
    const size = 8;
    const measure = this.measureAt(size);
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const top = this.doc.page.height - this.doc.page.margins.bottom + 14;
      const pageLabel = layoutParagraph([{ text: `${i - range.start + 1} / ${range.count}` }], this.contentWidth, "ltr", measure);
      const fingerprint = layoutParagraph([{ text: preparedFor }], this.contentWidth - 60, documentDirection, measure);
      const box = this.lineBox(fingerprint, size);
      const rtl = documentDirection === "rtl";
      this.doc.markContent("Artifact", { type: "Pagination" });
      this.doc.save().moveTo(this.left, top - 6).lineTo(this.right, top - 6).lineWidth(0.5).strokeColor(RULE_COLOR).stroke().restore();
      fingerprint.forEach((line, n) => {
        const baseline = top + box.ascent + n * box.height;
        this.drawLine(line, rtl ? this.right - line.width : this.left, baseline, size, color);
      });
      for (const line of pageLabel) this.drawLine(line, rtl ? this.left : this.right - line.width, top + box.ascent, size, color);
      this.doc.endMarkedContent();
    }
  }
}
