// Draws a quote card as a PNG with sharp: Pango lays out and shapes each block of text
// (Arabic joined and right to left, lines broken at words), and the blocks are placed on a
// plain background. The picture carries no metadata; its words are the CardText it was
// drawn from, which the export verifier has checked.
import "server-only";
import sharp, { type OverlayOptions } from "sharp";
import { CARD_SIZES, CARD_TEMPLATES, QUOTE_SIZES, type CardSize, type CardTemplate } from "./card-design";
import type { CardFont } from "./card-fonts";
import { fontsFor } from "./card-fonts";
import type { CardText } from "./card-text";
import { QUOTE_TOO_LONG_FOR_CARD } from "./card-refusals";
import { log } from "@/lib/log";

/** A quote too long for the card at the smallest type: said to the partner, who still has the text files. */
export class QuoteTooLongForCard extends Error {
  constructor() {
    super(QUOTE_TOO_LONG_FOR_CARD);
  }
}

const MARGIN = 90;

type Block = { image: Buffer; width: number; height: number };

// Pango markup: the five characters it reads as markup are written as entities.
function markup(text: string, colour: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  return `<span foreground="${colour}">${escaped}</span>`;
}

async function textBlock(text: string, font: CardFont, px: number, colour: string, width: number, spacing = 0): Promise<Block> {
  // "left" is the start of the line: Pango swaps it for a right-to-left paragraph; a word
  // wider than the line (a long hashtag, an organisation's one-word name) breaks between letters
  const { data, info } = await sharp({ text: { text: markup(text, colour), font: `${font.family} ${px}px`, fontfile: font.file, width, align: "left", wrap: "word-char", rgba: true, spacing } })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { image: data, width: info.width, height: info.height };
}

// More than a story card holds at the smallest type: refused before Pango lays out a page-long
// picture (a 100,000-character body would be an image hundreds of thousands of pixels tall).
const MAX_QUOTE_CHARS = 900;
// A story card holds about 30 lines at the smallest type; more line breaks than that never fit.
const MAX_QUOTE_LINES = 30;

/** The quote at the largest size that fits the box, or QuoteTooLongForCard. */
async function fittedQuote(text: CardText, colour: string, box: { width: number; height: number }): Promise<Block> {
  if (text.quote.length > MAX_QUOTE_CHARS || text.quote.split("\n").length > MAX_QUOTE_LINES) throw new QuoteTooLongForCard();
  if (!text.quote.trim()) throw new Error("A picture card needs words to show.");
  const font = fontsFor(text.quote).bold;
  for (const px of QUOTE_SIZES) {
    const block = await textBlock(text.quote, font, px, colour, box.width, Math.round(px * 0.35));
    if (block.height <= box.height && block.width <= box.width) return block;
  }
  throw new QuoteTooLongForCard();
}

function background(width: number, height: number, colours: (typeof CARD_TEMPLATES)[CardTemplate], rtl: boolean): Buffer {
  const barX = rtl ? width - MARGIN - 120 : MARGIN;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colours.background}"/><rect x="${barX}" y="${MARGIN}" width="120" height="14" fill="${colours.accent}"/></svg>`,
  );
}

/**
 * The card as a PNG; QuoteTooLongForCard when its words do not fit. Any other failure to draw
 * them is answered the same way, so one card never costs a partner the ZIP or kit it is in.
 */
export async function renderQuoteCard(text: CardText, size: CardSize, template: CardTemplate): Promise<Buffer> {
  try {
    return await drawCard(text, size, template);
  } catch (error) {
    if (error instanceof QuoteTooLongForCard) throw error;
    log("warn", "delivery.card-not-drawn", { size, reason: error instanceof Error ? error.name : "unknown" });
    throw new QuoteTooLongForCard();
  }
}

async function drawCard(text: CardText, size: CardSize, template: CardTemplate): Promise<Buffer> {
  const { width, height } = CARD_SIZES[size];
  const colours = CARD_TEMPLATES[template];
  const rtl = text.direction === "rtl";
  const inner = width - 2 * MARGIN;
  const at = (block: Block, top: number): OverlayOptions => ({ input: block.image, top: Math.round(top), left: rtl ? width - MARGIN - block.width : MARGIN });

  const [attribution, mark, preparedFor] = await Promise.all([
    textBlock(`— ${text.attribution}`, fontsFor(text.attribution).regular, 34, colours.muted, inner),
    textBlock(text.mark, fontsFor(text.mark).bold, 32, colours.accent, inner),
    textBlock(text.preparedFor, fontsFor(text.preparedFor).regular, 24, colours.muted, inner),
  ]);
  const footerTop = height - MARGIN - preparedFor.height - 16 - mark.height;
  const quoteTop = MARGIN + 14 + 60;
  const quoteBox = { width: inner, height: footerTop - 60 - attribution.height - 40 - quoteTop };
  if (quoteBox.height < height / 4) throw new QuoteTooLongForCard();
  const quote = await fittedQuote(text, colours.text, quoteBox);
  // the quote and its attribution sit together in the middle of the space above the footer
  const groupHeight = quote.height + 40 + attribution.height;
  const groupTop = quoteTop + Math.max(0, (footerTop - 60 - quoteTop - groupHeight) / 2);

  return sharp(background(width, height, colours, rtl))
    .composite([at(quote, groupTop), at(attribution, groupTop + quote.height + 40), at(mark, footerTop), at(preparedFor, height - MARGIN - preparedFor.height)])
    .png()
    .toBuffer();
}
