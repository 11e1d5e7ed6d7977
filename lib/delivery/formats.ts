import { z } from "zod";

export const DOWNLOAD_FORMATS = ["md", "txt", "pdf", "png", "png-story", "zip"] as const;
export const DownloadFormat = z.enum(DOWNLOAD_FORMATS);
export type DownloadFormat = z.infer<typeof DownloadFormat>;

export const FORMAT_LABELS: Record<DownloadFormat, string> = { md: "Markdown", txt: "Plain text", pdf: "PDF", png: "Picture card, square (PNG)", "png-story": "Picture card, story (PNG)", zip: "ZIP (all formats and images)" };

export const CONTENT_TYPES: Record<DownloadFormat | "image", string> = {
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  pdf: "application/pdf",
  png: "image/png",
  "png-story": "image/png",
  zip: "application/zip",
  image: "application/octet-stream",
};

/** The picture-card formats and the card size each one is. */
export const CARD_FORMATS = { png: "square", "png-story": "story" } as const;
export type CardFormat = keyof typeof CARD_FORMATS;
export const isCardFormat = (format: string): format is CardFormat => Object.hasOwn(CARD_FORMATS, format);

/** The content types drawn as picture cards: a quote card is made to be seen in a feed. */
export const CARD_CONTENT_TYPES: readonly string[] = ["QUOTE_CARD"];

/** "stem-REF.md", "stem-REF.png", "stem-REF-story.png". */
export function downloadFileName(stem: string, reference: string, format: DownloadFormat): string {
  return format === "png-story" ? `${stem}-${reference}-story.png` : `${stem}-${reference}.${format}`;
}

/** An ASCII file name from a title ("We found hunger…" → "we-found-hunger"); the fallback when nothing Latin is left (an Arabic title). */
export function fileStem(title: string, fallback = "item"): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem || fallback;
}

export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** "SOCIAL_POST" → "social-post": a file name for an item whose title has no Latin letters. */
export function typeStem(type: string): string {
  return type.toLowerCase().replace(/_/g, "-");
}

const IMAGE_EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/** "we-found-hunger-image-2.png": the upload's own name may carry a camera, a date or an editor's label. */
export function imageFileName(itemStem: string, position: number, mimeType: string): string {
  return `${itemStem}-image-${position}.${IMAGE_EXTENSIONS[mimeType] ?? "img"}`;
}
