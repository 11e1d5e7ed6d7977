// The export verifier: every response that carries content to a partner is checked on what
// is actually served — the file's text (a PDF read back with pdf.js), each ZIP entry and its
// name, the preview as the page shows it — just before it is served. A hit refuses the
// delivery with a neutral message, suspends the item (lib/content/suspension.ts) and records
// why, in ids and identifier types only.
import "server-only";
import { db, type Db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { suspendItem } from "@/lib/content/suspension";
import { identifierIndex } from "@/lib/content/leak-guard";
import { findLeaksInForms, type CheckedForm, type LeakHit } from "@/lib/leak-guard/check-forms";
import { jsonText } from "@/lib/leak-guard/json-text";
import { pdfText } from "@/lib/leak-guard/pdf-text";
import { DownloadRefused } from "./delivery-errors";
import type { Recipient } from "./recipient";
import { kickNotices } from "@/lib/notices/kick-notices";

export const NOT_AVAILABLE = "This item is not available at the moment.";

type ItemTexts = { title: string; body: string; attachments: { altText: string | null; caption: string | null; imageText: string | null }[] };

/** What the editors wrote that partners see: checked before anything is rendered or recorded. */
export function writtenForms(item: ItemTexts): CheckedForm[] {
  return [
    { field: "title", label: "Title", text: item.title },
    { field: "body", label: "Body", text: item.body, markdown: true },
    ...item.attachments.flatMap((a, i) => [
      { field: `attachment:${i + 1}:altText`, label: `Image ${i + 1} description`, text: a.altText ?? "" },
      { field: `attachment:${i + 1}:caption`, label: `Image ${i + 1} caption`, text: a.caption ?? "" },
      { field: `attachment:${i + 1}:imageText`, label: `Image ${i + 1} words in the picture`, text: a.imageText ?? "" },
    ]),
  ];
}

/** The text a partner gets out of one served file, and its name. Images are named, not read. */
/** `shows`: the words a picture shows (a card drawn from them); checked as a form of their own. */
export async function servedForms(fileName: string, bytes: Uint8Array | string, shows?: string): Promise<CheckedForm[]> {
  const forms: CheckedForm[] = [{ field: "delivered:file-name", label: "File name", text: fileName }];
  const text = () => (typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8"));
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  if (extension === "md") forms.push({ field: "delivered:md", label: "Markdown file", text: text(), markdown: true });
  else if (extension === "txt") forms.push({ field: "delivered:txt", label: "Text file", text: text() });
  else if (extension === "json") forms.push({ field: "delivered:json", label: "JSON", text: jsonText(text()) });
  else if (extension === "pdf") forms.push({ field: "delivered:pdf", label: "PDF file", text: await pdfText(typeof bytes === "string" ? Buffer.from(bytes) : bytes) });
  if (shows !== undefined) forms.push({ field: "delivered:card", label: "Picture card", text: shows });
  return forms;
}

export async function leaksIn(client: Db | Tx, forms: CheckedForm[]): Promise<LeakHit[]> {
  return findLeaksInForms(forms, await identifierIndex(client));
}

export type VerifyContext = { recipient: Recipient; itemId: string; requestId: string; format: string };

/** Records a blocked delivery and suspends the item, in the caller's transaction. */
export async function recordBlockedDelivery(tx: Tx, context: VerifyContext, hits: LeakHit[]): Promise<void> {
  const { recipient, itemId, requestId, format } = context;
  const forms = [...new Set(hits.map((h) => h.field))];
  await suspendItem(tx, itemId, { kind: "delivery", form: forms[0] ?? format }, hits.map((h) => h.type), requestId);
  await recordAuditEvent(tx, {
    actor: recipient.userId ? { id: recipient.userId, email: recipient.userEmail ?? "" } : null,
    action: "delivery.blocked-identifier",
    target: { type: "content", id: itemId },
    requestId,
    details: { format, forms, types: [...new Set(hits.map((h) => h.type))], channel: recipient.channel, partnerOrgId: recipient.partnerOrgId, apiTokenId: recipient.apiTokenId },
  });
}

/**
 * What the system itself writes into a file — the "Prepared for ORGANISATION · ref ABCD-1234"
 * line and the reference — is no content: blanked (same length, so positions hold) before
 * the check, or a reference that happens to look like a document number would refuse it.
 */
export function withoutSystemText(forms: CheckedForm[], systemText: string[]): CheckedForm[] {
  const needles = systemText.filter((t) => t.trim() !== "").sort((a, b) => b.length - a.length);
  return forms.map((form) => ({ ...form, text: needles.reduce((text, needle) => text.split(needle).join(" ".repeat(needle.length)), form.text) }));
}

/**
 * Checks what is about to be served. On a hit the download recorded for it (`reference`) is
 * removed — nothing left — the item is suspended, and the partner is refused.
 */
export async function verifyServed(context: VerifyContext, forms: CheckedForm[], reference?: string, systemText: string[] = []): Promise<void> {
  const hits = await leaksIn(db(), withoutSystemText(forms, [...systemText, ...(reference ? [reference] : [])]));
  if (hits.length === 0) return;
  await db().$transaction(async (tx) => {
    if (reference) await tx.download.deleteMany({ where: { reference } });
    await recordBlockedDelivery(tx, context, hits);
  });
  // the suspension's take-down notices
  kickNotices();
  throw new DownloadRefused(NOT_AVAILABLE);
}
