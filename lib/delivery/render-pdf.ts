// One content item as an A4 PDF: title, Markdown body (Arabic shaped and laid out right to
// left), images with captions, attribution, and the recipient's fingerprint on every page.
import "server-only";
import PDFDocument from "pdfkit";
import sharp from "sharp";
import { paragraphDirection, type Direction, type StyledRun } from "./pdf/bidi-lines";
import { registerFonts } from "./pdf/fonts";
import { directionOf, type AppLocale } from "@/lib/i18n/locales";
import { attributionIn } from "./attribution";
import { appendInfoUpdate, type InfoValue } from "./pdf/info-update";
import { drawable } from "./pdf/drawable-text";
import { markdownBlocks, type TextRole } from "./pdf/markdown-blocks";
import { INDENT_STEP, PageWriter } from "./pdf/page-writer";
import { budgetGuard, pdfBudgetFromEnv, withPdfSlot, type PdfBudget } from "./pdf/render-budget";

export type PdfImage = { data: Buffer; mimeType: string; altText: string | null; caption: string | null };
export type PdfInput = {
  title: string;
  bodyMarkdown: string;
  language: string;
  preparedFor: string;
  reference: string;
  images: PdfImage[];
  /** The recipient organisation's language: the attribution and footer line are in it. */
  locale?: AppLocale;
  /** In `locale` when not given. */
  attribution?: string;
};
/** `compress: false` for tests only (uncompressed content streams can be inspected); `budget` replaces the configured one. */
export type PdfRenderOptions = { compress?: boolean; budget?: Omit<PdfBudget, "startedAt"> };

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ckb"]);
const TEXT = "#1a1a1a";
const MUTED = "#555555";
const QUOTE = "#333333";

const LOOKS: Record<TextRole, { size: number; bold: boolean; before: number; after: number; keepWithNext: number }> = {
  h1: { size: 17, bold: true, before: 12, after: 4, keepWithNext: 40 },
  h2: { size: 14.5, bold: true, before: 10, after: 3, keepWithNext: 36 },
  h3: { size: 12.5, bold: true, before: 8, after: 2, keepWithNext: 32 },
  body: { size: 11, bold: false, before: 0, after: 7, keepWithNext: 0 },
  code: { size: 10, bold: false, before: 0, after: 7, keepWithNext: 0 },
};

type ReadyImage = { data: Buffer; width: number; height: number; altText: string | null; caption: string | null };

// pdfkit embeds only PNG and JPEG; anything else (WebP) becomes PNG first.
async function readyImage(image: PdfImage): Promise<ReadyImage> {
  const embeddable = image.mimeType === "image/png" || image.mimeType === "image/jpeg";
  const data = embeddable ? image.data : await sharp(image.data).png().toBuffer();
  const { width, height } = await sharp(data).metadata();
  if (!width || !height) throw new Error("An image has no dimensions");
  return { data, width, height, altText: image.altText, caption: image.caption };
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

const textOf = (runs: StyledRun[]) => runs.map((r) => r.text).join("");

async function writeBody(writer: PageWriter, markdown: string, rtl: boolean, checkBudget: () => Promise<void>): Promise<void> {
  for (const block of markdownBlocks(markdown)) {
    await checkBudget();
    if (block.kind === "rule") {
      writer.rule();
      continue;
    }
    const look = LOOKS[block.role];
    const quoted = block.quoteDepth > 0;
    const runs = block.runs.map((r) => ({ text: r.text, bold: r.bold || look.bold, italic: r.italic || quoted }));
    writer.space(look.before);
    writer.paragraph(runs, {
      size: look.size,
      color: quoted ? QUOTE : TEXT,
      direction: paragraphDirection(textOf(runs), rtl),
      indent: (block.quoteDepth + block.listDepth) * INDENT_STEP,
      marker: block.marker,
      quoteDepth: block.quoteDepth,
      keepWithNext: look.keepWithNext,
    });
    writer.space(block.listDepth > 0 ? 3 : look.after);
  }
}

async function writeImages(writer: PageWriter, images: ReadyImage[], rtl: boolean, checkBudget: () => Promise<void>): Promise<void> {
  for (const image of images) {
    await checkBudget();
    writer.space(8);
    writer.image(image.data, image.width, image.height, image.altText);
    if (image.caption) {
      const runs = [{ text: image.caption, italic: true }];
      writer.space(4);
      writer.paragraph(runs, { size: 9, color: MUTED, direction: paragraphDirection(image.caption, rtl), align: "center" });
    }
    writer.space(6);
  }
}

// Persian, Kurdish, Urdu and Pashto spelling needs the zero-width non-joiner; in any other
// language it only splits a word into pieces drawn apart.
const USES_JOIN_CONTROLS = new Set(["fa", "ku", "ckb", "ur", "ps"]);

/**
 * Waits for one of the instance's PDF slots, then draws within the budget (pages, seconds);
 * past it, throws PdfBudgetExceeded and the half-drawn document is dropped.
 */
export function renderItemPdf(raw: PdfInput, options: PdfRenderOptions = {}): Promise<Buffer> {
  return withPdfSlot(() => {
    const budget = options.budget ? { ...options.budget, startedAt: Date.now() } : pdfBudgetFromEnv();
    return drawItemPdf(raw, options, budget);
  });
}

async function drawItemPdf(raw: PdfInput, options: PdfRenderOptions, budget: PdfBudget): Promise<Buffer> {
  const joinControls = USES_JOIN_CONTROLS.has(raw.language.toLowerCase()) ? (t: string) => t : (t: string) => t.replace(/[\u200C\u200D]/g, "");
  // the body's runs are made drawable as they are decoded (markdown-blocks.ts)
  const input = { ...raw, bodyMarkdown: joinControls(raw.bodyMarkdown), title: drawable(joinControls(raw.title)), images: raw.images.map((i) => ({ ...i, caption: i.caption && drawable(i.caption), altText: i.altText && drawable(i.altText) })) };
  const images = await Promise.all(input.images.map(readyImage));
  const rtl = RTL_LANGUAGES.has(input.language.toLowerCase());
  const info = { Title: input.title, Subject: input.reference, CountervoiceRef: input.reference, Creator: "Countervoice" };
  const doc = new PDFDocument({ size: "A4", margin: 50, bufferPages: true, compress: options.compress ?? true, lang: input.language, displayTitle: true });
  Object.assign(doc.info, info);
  registerFonts(doc);
  const bytes = collect(doc);

  const writer = new PageWriter(doc);
  const checkBudget = budgetGuard(budget, () => doc.bufferedPageRange().count);
  const titleRuns = [{ text: input.title.replace(/\s+/g, " ").trim(), bold: true }];
  writer.paragraph(titleRuns, { size: 22, color: TEXT, direction: paragraphDirection(input.title, rtl) });
  writer.space(14);
  try {
    await writeBody(writer, input.bodyMarkdown, rtl, checkBudget);
    await writeImages(writer, images, rtl, checkBudget);
    await checkBudget();
  } catch (error) {
    doc.end();
    await bytes.catch(() => undefined);
    throw error;
  }
  writer.space(10);
  // Countervoice's own words follow the recipient's language, not the item's.
  const wordsRtl = directionOf(input.locale ?? "en") === "rtl";
  const attributionText = input.attribution ?? attributionIn(input.locale ?? "en");
  const attribution: Direction = paragraphDirection(attributionText, wordsRtl);
  writer.paragraph([{ text: attributionText, italic: true }], { size: 9.5, color: MUTED, direction: attribution });
  writer.footers(input.preparedFor, paragraphDirection(input.preparedFor, wordsRtl), MUTED);
  doc.end();

  return appendInfoUpdate(await bytes, doc.info as Record<string, InfoValue>);
}
