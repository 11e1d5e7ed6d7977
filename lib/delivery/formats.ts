import { z } from "zod";

export const DOWNLOAD_FORMATS = ["md", "txt", "pdf", "zip"] as const;
export const DownloadFormat = z.enum(DOWNLOAD_FORMATS);
export type DownloadFormat = z.infer<typeof DownloadFormat>;

export const FORMAT_LABELS: Record<DownloadFormat, string> = { md: "Markdown", txt: "Plain text", pdf: "PDF", zip: "ZIP (all formats and images)" };

export const CONTENT_TYPES: Record<DownloadFormat | "image", string> = {
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  pdf: "application/pdf",
  zip: "application/zip",
  image: "application/octet-stream",
};

/** An ASCII file name from a title ("We found hunger…" → "we-found-hunger"), "item" when nothing Latin is left. */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem || "item";
}

export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
