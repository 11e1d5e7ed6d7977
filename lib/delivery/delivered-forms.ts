// Every form in which a partner can receive an item, rendered by the same code that serves
// it: the Markdown and text files, the PDF (as pdf.js reads it back), the portal preview (as
// a browser shows it), the API listing and the file names. The leak guard checks each of
// them before an item is approved or published; at delivery it checks the exact bytes.
import "server-only";
import { createHash } from "node:crypto";
import { renderMarkdown } from "@/lib/content/render-markdown";
import type { CheckedForm } from "@/lib/leak-guard/check-forms";
import { htmlText } from "@/lib/leak-guard/html-text";
import { jsonText } from "@/lib/leak-guard/json-text";
import { pdfText } from "@/lib/leak-guard/pdf-text";
import { ATTRIBUTION } from "./attribution";
import { visibleLine } from "./fingerprint";
import { markFor } from "./mark-budget";
import { fileStem, imageFileName, typeStem } from "./formats";
import { renderItemPdf } from "./render-pdf";
import { PdfBudgetExceeded } from "./pdf/render-budget";
import { renderMarkdownFile, renderPlainTextFile, type TextInput } from "./render-text";

export type FormItem = {
  id: string;
  type: string;
  language: string;
  title: string;
  body: string;
  attachments: { mimeType: string; altText: string | null; caption: string | null }[];
};

/** Stands in for an organisation and a download reference before there is either. */
export const SAMPLE_RECIPIENT = { organisation: "Partner organisation", reference: "AAAA-AAAA" };

/** The portal page's text: title, the rendered body, image descriptions and the download line. */
export function previewText(item: Pick<FormItem, "title" | "attachments">, bodyHtml: string, preparedFor: string): string {
  const images = item.attachments.flatMap((a) => [a.altText ?? "", a.caption ?? ""]);
  return [item.title, htmlText(bodyHtml), ...images, preparedFor].join("\n");
}

/** What the partner API lists about the item, as a person reads the JSON. */
export function apiListingText(item: Pick<FormItem, "id" | "title" | "type" | "language">): string {
  return jsonText(JSON.stringify({ id: item.id, title: item.title, type: item.type, language: item.language }));
}

export function deliveredFileNames(item: Pick<FormItem, "title" | "type" | "attachments">, reference: string): string {
  const stem = fileStem(item.title, typeStem(item.type));
  const files = ["md", "txt", "pdf", "zip"].map((format) => `${stem}-${reference}.${format}`);
  const images = item.attachments.map((a, i) => imageFileName(stem, i + 1, a.mimeType));
  return [...files, ...images].join("\n");
}

// Drawing a PDF and reading it back is most of a check's time, and its text depends on the
// words alone: an item restored to an earlier version, or a copy of one, reads the same.
const PDF_TEXTS = new Map<string, string | null>();
const PDF_TEXTS_LIMIT = 64;

async function pdfTextOf(input: TextInput, language: string): Promise<string | null> {
  const key = createHash("sha256").update(JSON.stringify([input.title, input.bodyMarkdown, input.preparedFor, input.reference, language])).digest("hex");
  const known = PDF_TEXTS.get(key);
  if (known !== undefined) return known;
  // A PDF past its budget is never served (item-files.ts), so there is no PDF text to check;
  // whatever is served is checked again as served (verify-delivery.ts).
  const pdf = await renderItemPdf({ ...input, language, attribution: ATTRIBUTION, images: [] }).catch((error: unknown) => {
    if (error instanceof PdfBudgetExceeded) return null;
    throw error;
  });
  const text = pdf ? await pdfText(pdf) : null;
  if (PDF_TEXTS.size >= PDF_TEXTS_LIMIT) PDF_TEXTS.delete(PDF_TEXTS.keys().next().value!);
  PDF_TEXTS.set(key, text);
  return text;
}

export async function deliveredForms(item: FormItem, recipient = SAMPLE_RECIPIENT): Promise<CheckedForm[]> {
  const { organisation, reference } = recipient;
  const preparedFor = visibleLine(organisation, reference);
  const input = { title: item.title, bodyMarkdown: item.body, preparedFor, reference, contentType: item.type };
  const pdf = await pdfTextOf(input, item.language);
  const forms: CheckedForm[] = [
    { field: "delivered:md", label: "Markdown file", text: renderMarkdownFile(input), markdown: true },
    { field: "delivered:txt", label: "Plain-text file", text: renderPlainTextFile(input) },
    ...(pdf !== null ? [{ field: "delivered:pdf", label: "PDF file (text as read back)", text: pdf }] : []),
    { field: "delivered:preview", label: "Portal preview", text: previewText(item, renderMarkdown(markFor(item.type, item.body, reference)), preparedFor) },
    { field: "delivered:api", label: "Partner API listing", text: apiListingText(item) },
    { field: "delivered:file-names", label: "File names", text: deliveredFileNames(item, reference) },
  ];
  // the recipient line and the reference are the system's, not the item's
  return forms.map((form) => ({ ...form, text: form.text.split(preparedFor).join(" ".repeat(preparedFor.length)).split(reference).join(" ".repeat(reference.length)) }));
}
