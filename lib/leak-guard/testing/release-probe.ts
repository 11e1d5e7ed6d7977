// The release check exactly as submit, approve and publish run it — the written fields
// (title, body as Markdown, alt text, caption) and every form a partner receives (md, txt,
// PDF read back, preview, API listing, file names, and the PDF drawn with its images) —
// against one invented source. Tests use it to ask "does this reach a partner?".
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { deliveredForms } from "@/lib/delivery/delivered-forms";
import { renderItemPdf } from "@/lib/delivery/render-pdf";
import { ATTRIBUTION } from "@/lib/delivery/attribution";
import { stripMarks } from "@/lib/delivery/fingerprint";
import { findLeaksInForms, type CheckedForm } from "@/lib/leak-guard/check-forms";
import { keyHasher } from "@/lib/leak-guard/identifier-index/index-hash";
import { memoryIndex } from "@/lib/leak-guard/identifier-index/memory-index";
import { pdfText } from "@/lib/leak-guard/pdf-text";
import type { DictionaryEntry } from "@/lib/redaction/detector/types";

export type Case = {
  name: string;
  dictionary?: DictionaryEntry[];
  realName?: string;
  title?: string;
  body?: string;
  language?: string;
  altText?: string;
  caption?: string;
};

let png: Buffer | undefined;
async function image(): Promise<Buffer> {
  png ??= await sharp({ create: { width: 8, height: 8, channels: 3, background: "#888" } }).png().toBuffer();
  return png;
}

/** Runs the release check on one invented item against one invented source. */
export async function probeRelease(c: Case) {
  const index = await memoryIndex([{ id: "source", realName: c.realName ?? null, entries: c.dictionary ?? [] }], keyHasher(randomBytes(32)));
  const attachments = c.altText || c.caption ? [{ mimeType: "image/png", altText: c.altText ?? null, caption: c.caption ?? null }] : [];
  const item = { id: "probe-item", type: "ARTICLE", language: c.language ?? "en", title: c.title ?? "Bread before belief", body: c.body ?? "", attachments };
  const written: CheckedForm[] = [
    { field: "title", label: "Title", text: item.title },
    { field: "body", label: "Body", text: item.body, markdown: true },
    ...(c.altText ? [{ field: "alt", label: "Alt", text: c.altText }] : []),
    ...(c.caption ? [{ field: "caption", label: "Caption", text: c.caption }] : []),
  ];
  const delivered = await deliveredForms(item);
  const forms = [...written, ...delivered];
  if (attachments.length > 0) {
    const pdf = await renderItemPdf({ title: item.title, bodyMarkdown: item.body, language: item.language, preparedFor: "Prepared for X · ref AAAA-AAAA", reference: "AAAA-AAAA", attribution: ATTRIBUTION, images: [{ data: await image(), mimeType: "image/png", altText: c.altText ?? null, caption: c.caption ?? null }] });
    forms.push({ field: "delivered:pdf+images", label: "PDF with images", text: await pdfText(pdf) });
  }
  const hits = await findLeaksInForms(forms, index);
  const blockedForms = [...new Set(hits.map((h) => h.field))];
  const shown: Record<string, string> = {};
  for (const f of delivered) shown[f.field.replace("delivered:", "")] = stripMarks(f.text).replace(/\n+/g, " ⏎ ").slice(0, 400);
  return { blocked: hits.length > 0, blockedForms, shown, forms };
}
