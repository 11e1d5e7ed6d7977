// The files of one delivered item, every one marked with its download's reference.
import "server-only";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { ATTRIBUTION } from "./attribution";
import { visibleLine } from "./fingerprint";
import { fileStem, type DownloadFormat, typeStem } from "./formats";
import type { Deliverable } from "./load-deliverable";
import { renderItemPdf } from "./render-pdf";
import { renderMarkdownFile, renderPlainTextFile } from "./render-text";
import type { ZipEntry } from "./zip-stream";

type Item = Deliverable["item"];

export async function itemImages(item: Item) {
  if (item.attachments.length === 0) return [];
  const rows = await db().contentAttachment.findMany({ where: { itemId: item.id }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, altText: true, caption: true, content: true } });
  return rows.map((r) => ({ ...r, data: Buffer.from(r.content) }));
}

export async function renderItemFile(item: Item, organisation: string, reference: string, format: Exclude<DownloadFormat, "zip">): Promise<Buffer> {
  const input = { title: item.title, bodyMarkdown: item.body, preparedFor: visibleLine(organisation, reference), reference };
  if (format === "md") return Buffer.from(renderMarkdownFile(input), "utf8");
  if (format === "txt") return Buffer.from(renderPlainTextFile(input), "utf8");
  const images = await itemImages(item);
  return renderItemPdf({ ...input, language: item.language, attribution: ATTRIBUTION, images: images.map(({ data, mimeType, altText, caption }) => ({ data, mimeType, altText, caption })) });
}

/** Every format of the item and its images, under `folder/`, plus a line for the manifest. */
export async function itemZipEntries(item: Item, organisation: string, reference: string, folder: string) {
  const stem = fileStem(item.title, typeStem(item.type));
  const entries: ZipEntry[] = [];
  for (const format of ["md", "txt", "pdf"] as const) entries.push({ name: `${folder}${stem}.${format}`, data: await renderItemFile(item, organisation, reference, format) });
  const images = await itemImages(item);
  for (const [i, image] of images.entries()) entries.push({ name: `${folder}images/${i + 1}-${image.fileName}`, data: await stripAgain(image.data) });
  return {
    entries,
    manifest: { id: item.id, title: item.title, type: item.type, language: item.language, version: item.version, reference, files: entries.map((e) => e.name) },
  };
}

// Attachments were re-encoded on upload; re-encoding again costs little and keeps
// this guarantee even for rows written before that rule existed.
async function stripAgain(data: Buffer): Promise<Buffer> {
  return sharp(data).toBuffer();
}
