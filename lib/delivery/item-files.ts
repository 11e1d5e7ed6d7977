// The files of one delivered item, every one marked with its download's reference.
// Images leave cleaned and named for the item, never under the name they were uploaded with.
import "server-only";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { attributionIn } from "./attribution";
import { visibleLine } from "./fingerprint";
import { CARD_CONTENT_TYPES, fileStem, imageFileName, type DownloadFormat, typeStem } from "./formats";
import type { Deliverable } from "./load-deliverable";
import { renderItemPdf } from "./render-pdf";
import { PdfBudgetExceeded } from "./pdf/render-budget";
import { renderMarkdownFile, renderPlainTextFile } from "./render-text";
import type { ZipEntry } from "./zip-stream";
import { cardText, cardWords } from "./quote-card/card-text";
import { DEFAULT_CARD_TEMPLATE, type CardSize, type CardTemplate } from "./quote-card/card-design";
import { QuoteTooLongForCard, renderQuoteCard } from "./quote-card/render-card";
import { ATTACHMENT_BYTES_FIELDS, attachmentBytes, type StoredAttachment } from "@/lib/content/attachments/attachment-bytes";

/** What rendering needs of an item; `attachments` only says whether it has images. */
export type DeliveredItem = Pick<Deliverable["item"], "id" | "type" | "title" | "body" | "language" | "version"> & { attachments: { id: string }[] };

export type DeliveredImage = { fileName: string; mimeType: string; altText: string | null; caption: string | null; data: Buffer };

type StoredImage = StoredAttachment & { mimeType: string; altText: string | null; caption: string | null };

// createdAt alone can tie (attachments added in one transaction share it); the id breaks ties
// so an image has the same number in a ZIP and as a single download.
const IMAGE_ORDER: Prisma.ContentAttachmentOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];
const IMAGE_FIELDS = { mimeType: true, altText: true, caption: true, ...ATTACHMENT_BYTES_FIELDS } as const;
const itemStem = (item: DeliveredItem) => fileStem(item.title, typeStem(item.type));

// Attachments were re-encoded on upload; re-encoding on the way out as well keeps the
// guarantee for rows written before that rule. sharp keeps no metadata unless asked,
// keeps the format, and rotate() applies an EXIF orientation before the EXIF goes.
async function cleanImage(data: Uint8Array): Promise<Buffer> {
  return sharp(data).rotate().toBuffer();
}

async function delivered(stem: string, position: number, image: StoredImage): Promise<DeliveredImage> {
  return { fileName: imageFileName(stem, position, image.mimeType), mimeType: image.mimeType, altText: image.altText, caption: image.caption, data: await cleanImage(await attachmentBytes(image)) };
}

/** Every image of the item, cleaned and named, in the order partners see them. */
export async function deliveredImages(item: DeliveredItem): Promise<DeliveredImage[]> {
  if (item.attachments.length === 0) return [];
  const rows = await db().contentAttachment.findMany({ where: { itemId: item.id }, orderBy: IMAGE_ORDER, select: IMAGE_FIELDS });
  const stem = itemStem(item);
  const images: DeliveredImage[] = [];
  for (const [i, row] of rows.entries()) images.push(await delivered(stem, i + 1, row));
  return images;
}

/** One image of the item, cleaned and named as it is in the item's ZIP; null when it is not this item's. */
export async function deliveredImage(item: DeliveredItem, attachmentId: string): Promise<DeliveredImage | null> {
  const row = await db().contentAttachment.findFirst({ where: { id: attachmentId, itemId: item.id }, select: { ...IMAGE_FIELDS, id: true, createdAt: true } });
  if (!row) return null;
  const before = await db().contentAttachment.count({ where: { itemId: item.id, OR: [{ createdAt: { lt: row.createdAt } }, { createdAt: row.createdAt, id: { lt: row.id } }] } });
  return delivered(itemStem(item), before + 1, row);
}

/** Who receives the files: the organisation's name, and its language for the words Countervoice adds. */
export type Audience = { organisation: string; locale: AppLocale };

type TextFormat = Exclude<DownloadFormat, "zip" | "png" | "png-story">;

export async function renderItemFile(item: DeliveredItem, audience: Audience, reference: string, format: TextFormat): Promise<Buffer> {
  return renderWith(item, audience, reference, format, format === "pdf" ? await deliveredImages(item) : []);
}

async function renderWith(item: DeliveredItem, { organisation, locale }: Audience, reference: string, format: TextFormat, images: DeliveredImage[]): Promise<Buffer> {
  const input = { title: item.title, bodyMarkdown: item.body, preparedFor: visibleLine(organisation, reference, locale), reference, attribution: attributionIn(locale), contentType: item.type };
  if (format === "md") return Buffer.from(renderMarkdownFile(input), "utf8");
  if (format === "txt") return Buffer.from(renderPlainTextFile(input), "utf8");
  return renderItemPdf({ ...input, language: item.language, locale, images: images.map(({ data, mimeType, altText, caption }) => ({ data, mimeType, altText, caption })) });
}

export const isCardItem = (item: Pick<DeliveredItem, "type">) => CARD_CONTENT_TYPES.includes(item.type);

/** How a card looks and which campaign it carries the name of (the one it was shared in). */
export type CardOptions = { template: CardTemplate; campaignName: string | null };

/** The item drawn as a picture card, and every word the picture shows (for the export verifier). */
export async function renderItemCard(item: DeliveredItem, audience: Audience, reference: string, size: CardSize, card: CardOptions): Promise<{ png: Buffer; words: string }> {
  const preparedFor = visibleLine(audience.organisation, reference, audience.locale);
  const text = cardText({ title: item.title, body: item.body, language: item.language, campaignName: card.campaignName, preparedFor, recipientLocale: audience.locale });
  return { png: await renderQuoteCard(text, size, card.template), words: cardWords(text) };
}

/**
 * Said in a ZIP's manifest, and to a partner asking for the PDF alone, when an item's PDF is
 * past its budget: in English for the API and stored refusals (lib/delivery/partner-messages.ts
 * reads it back), or in `locale` for a manifest.
 */
export function pdfOmittedNote(error: PdfBudgetExceeded, locale: AppLocale = "en"): string {
  if (locale === "en") return `No PDF: ${error.message} Use the Markdown or plain-text file.`;
  const t = translatorFor(locale, "delivery");
  return t("pdfOmitted", { reason: t(error.limit === "pages" ? "pdfPages" : "pdfTime", { value: error.value }) });
}

/**
 * Every format of the item and its images, under `folder/`, plus a line for the manifest. The
 * images are read once, for the PDF and the folder. A PDF past its budget is left out and the
 * manifest says why: one overlong item does not cost the partner the rest of a kit.
 */
export async function itemZipEntries(item: DeliveredItem, audience: Audience, reference: string, folder: string, campaignName: string | null = null) {
  const stem = itemStem(item);
  const images = await deliveredImages(item);
  const entries: ZipEntry[] = [];
  const notes: string[] = [];
  for (const format of ["md", "txt", "pdf"] as const) {
    try {
      entries.push({ name: `${folder}${stem}.${format}`, data: await renderWith(item, audience, reference, format, images) });
    } catch (error) {
      if (!(error instanceof PdfBudgetExceeded)) throw error;
      notes.push(pdfOmittedNote(error, audience.locale));
    }
  }
  if (isCardItem(item)) {
    for (const [size, suffix] of [["square", ""], ["story", "-story"]] as const) {
      try {
        const card = await renderItemCard(item, audience, reference, size, { template: DEFAULT_CARD_TEMPLATE, campaignName });
        entries.push({ name: `${folder}${stem}${suffix}.png`, data: card.png, shows: card.words });
      } catch (error) {
        if (!(error instanceof QuoteTooLongForCard)) throw error;
        notes.push(translatorFor(audience.locale, "delivery")("cardOmitted"));
        break;
      }
    }
  }
  for (const image of images) entries.push({ name: `${folder}images/${image.fileName}`, data: image.data });
  return {
    entries,
    manifest: { id: item.id, title: item.title, type: item.type, language: item.language, version: item.version, reference, files: entries.map((e) => e.name), ...(notes.length > 0 ? { notes } : {}) },
  };
}
