import PDFDocument from "pdfkit";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { layoutParagraph, type VisualLine } from "./pdf/bidi-lines";
import { registerFonts, type FontName } from "./pdf/fonts";
import { appendInfoUpdate, pdfString } from "./pdf/info-update";
import { renderItemPdf, type PdfInput } from "./render-pdf";

const base: PdfInput = {
  title: "Leaving the group",
  bodyMarkdown: "He said: *nobody leaves*.\n\n> I believed I was defending something noble.",
  language: "en",
  preparedFor: "Prepared for Demo Partner · ref ABCD-1234",
  reference: "ABCD-1234",
  images: [],
  attribution: "Words of a former member, shared with consent through Countervoice.",
};
const arabic: PdfInput = {
  ...base,
  title: "السلام عليكم",
  bodyMarkdown: "قال 42 شخصاً في Berlin إنهم غادروا.\n\n> كنت أظن أنني أدافع عن شيء نبيل.",
  language: "ar",
};
const latin1 = (pdf: Buffer) => pdf.toString("latin1");

// fontkit is reached through pdfkit (its dependency), exactly as the renderer uses it.
type Glyph = { id: number; codePoints: number[] };
type FontkitFont = { layout(text: string, features?: string[]): { glyphs: Glyph[] }; glyphsForString(text: string): Glyph[] };
function fontkitFont(name: FontName): FontkitFont {
  const doc = new PDFDocument();
  registerFonts(doc);
  doc.font(name);
  return (doc as unknown as { _font: { font: FontkitFont } })._font.font;
}
const chars = (glyphs: Glyph[]) => glyphs.map((g) => String.fromCodePoint(...g.codePoints)).join("");

describe("renderItemPdf", { timeout: 30_000 }, () => {
  it("writes a PDF whose bytes carry the reference literally in the Info dictionary", async () => {
    const pdf = await renderItemPdf(base);
    const text = latin1(pdf);
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toContain("/CountervoiceRef (ABCD-1234)");
    expect(text).toContain("/Subject (ABCD-1234)");
    // The newest trailer points at that Info dictionary and chains to pdfkit's own xref.
    const lastTrailer = text.slice(text.lastIndexOf("trailer"));
    const infoObject = /\/Info (\d+) 0 R/.exec(lastTrailer)?.[1];
    expect(text).toMatch(new RegExp(`\\n${infoObject} 0 obj\\n<<[^>]*/CountervoiceRef \\(ABCD-1234\\)`));
    expect(lastTrailer).toMatch(/\/Prev \d+/);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
  });

  it("embeds Amiri and DejaVu Sans for a mixed Arabic item, and no Amiri for an English one", async () => {
    const mixed = latin1(await renderItemPdf(arabic));
    expect(mixed).toContain("Amiri");
    expect(mixed).toContain("DejaVuSans");
    const english = latin1(await renderItemPdf(base));
    expect(english).toContain("DejaVuSans");
    expect(english).not.toContain("Amiri");
  });

  it("prints the footer on every page of a long item", async () => {
    const paragraph = "Every day I saw the lies and told myself it was for something larger than me. ".repeat(12);
    const pdf = latin1(await renderItemPdf({ ...base, bodyMarkdown: Array.from({ length: 14 }, () => paragraph).join("\n\n") }, { compress: false }));
    const pages = Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdf)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pdf.split("/Artifact <<\n/Type /Pagination\n>> BDC").length - 1).toBe(pages);
  });

  it("embeds a WebP image converted to PNG, with its caption", async () => {
    const webp = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#3366cc" } }).webp().toBuffer();
    const pdf = latin1(await renderItemPdf({ ...base, images: [{ data: webp, mimeType: "image/webp", altText: "A banner", caption: "A caption" }] }));
    expect(pdf).toContain("/Subtype /Image");
  });
});

describe("Arabic shaping through pdfkit's fontkit", () => {
  const amiri = fontkitFont("arabic-regular");

  it("joins letters: laid-out glyphs differ from the isolated forms", () => {
    const isolated = amiri.glyphsForString("السلام").map((g) => g.id);
    const shaped = amiri.layout("السلام", []).glyphs.map((g) => g.id);
    expect(shaped.length).toBeGreaterThan(0);
    expect(shaped).not.toEqual(isolated);
    expect(shaped).not.toEqual([...isolated].reverse());
  });

  it("comes out of the shaper in the visual order the line layout asked for", () => {
    const [line] = layoutParagraph([{ text: "(السلام) عام ١٩٩٠" }], 10_000, "rtl", () => 1) as [VisualLine];
    const latin = fontkitFont("latin-regular");
    const drawn = line.segments.map((s) => chars((s.face.script === "arabic" ? amiri : latin).layout(s.shaperText, []).glyphs)).join("");
    const visual = line.segments.map((s) => s.visual).join("");
    expect(drawn).toBe(visual);
    expect(visual.startsWith("١٩٩٠")).toBe(true);
  });
});

describe("appendInfoUpdate", () => {
  it("escapes literal strings and hex-encodes non-ASCII ones", () => {
    expect(pdfString("a(b)\\c")).toBe("(a\\(b\\)\\\\c)");
    expect(pdfString("سلام")).toBe("<FEFF0633064406270645>");
  });

  it("refuses a file without a trailer", () => {
    expect(() => appendInfoUpdate(Buffer.from("%PDF-1.3\n"), { Subject: "x" })).toThrow();
  });
});
