// An item as a partner previews it: the published text and images, never internal
// notes, comments, quotes' sources or testimony. A shared item that may not leave
// comes back with the reason instead of its content. Text shown on screen can be copied
// as easily as a file, so a preview is a recorded download too, and its text carries the mark.
import "server-only";
import { readUnreadPictures } from "@/lib/content/attachments/read-unread-pictures";
import { kickNotices } from "@/lib/notices/kick-notices";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { visibleLine } from "./fingerprint";
import { markFor } from "./mark-budget";
import { postLengths } from "./post-lengths";
import type { RenderLocale } from "@/lib/i18n/locales";
import { loadDeliverable } from "./load-deliverable";
import { portalRecipient } from "./recipient";
import { recordDownload } from "./record-download";
import { previewText } from "./delivered-forms";
import { DownloadRefused } from "./delivery-errors";
import { titleIfClean } from "./listed-title-leaks";
import { leaksIn, NOT_AVAILABLE, recordBlockedDelivery, verifyServed, writtenForms } from "./verify-delivery";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { ATTACHMENT_BYTES_FIELDS, withAttachmentBytes } from "@/lib/content/attachments/attachment-bytes";

/** `locale` is the reader's: the "Prepared for" line is page text here. */
export async function getPortalItem(partner: Actor, itemId: string, requestId: string, locale: RenderLocale = "en") {
  assertCan(partner, "portal:view");
  if (!partner.partnerOrgId) throw new NotAllowed();
  await readUnreadPictures(db(), [itemId]);
  const deliverable = await loadDeliverable(db(), partner.partnerOrgId, itemId);
  if (!deliverable) return null;
  const { item, refusal } = deliverable;
  // A retired item that this organisation never downloaded is simply gone from its view.
  if (item.state === "RETIRED" && (await db().download.count({ where: { itemId, partnerOrgId: partner.partnerOrgId } })) === 0) return null;
  const base = { id: item.id, title: item.title as string | null, type: item.type, language: item.language, publishedAt: item.publishedAt, refusal };
  const recipient = portalRecipient(partner);
  // beside a refusal the title is shown only if nothing in it matches now: it may be why
  if (refusal || !recipient) return { ...base, title: item.suspendedAt ? null : await titleIfClean(item.title), html: null, preparedFor: null, attachments: [] };
  const context = { recipient, itemId, requestId, format: "preview" };
  const refused = { ...base, title: null, refusal: NOT_AVAILABLE, html: null, preparedFor: null, attachments: [] };
  await loadGuardWords();
  const reference = await db().$transaction(async (tx) => {
    const hits = await leaksIn(tx, writtenForms(item));
    if (hits.length === 0) return recordDownload(tx, recipient, { itemId, itemVersion: item.version, format: "preview" }, requestId);
    await recordBlockedDelivery(tx, context, hits);
    return null;
  });
  if (!reference) {
    // the suspension's take-down notices
    kickNotices();
    return refused;
  }
  const html = renderMarkdown(markFor(item.type, item.body, reference));
  const preparedFor = visibleLine(deliverable.organisation.name, reference, locale);
  try {
    // what the page will show, as a browser shows it
    await verifyServed(context, [{ field: "delivered:preview", label: "Portal preview", text: previewText(item, html, preparedFor) }], reference, [preparedFor]);
  } catch (error) {
    if (error instanceof DownloadRefused) return refused;
    throw error;
  }
  // a social post is pasted into a platform whole: how long it will be there
  const lengths = item.type === "SOCIAL_POST" ? postLengths(item.type, item.body) : null;
  return { ...base, html, preparedFor, preparedForParts: { organisation: deliverable.organisation.name, reference }, postLengths: lengths, attachments: item.attachments.map(({ id, altText, caption, width, height }) => ({ id, altText, caption, width, height })) };
}

/** Bytes of an image for the preview; refused items show none. */
export async function readPortalImage(partner: Actor, itemId: string, attachmentId: string) {
  assertCan(partner, "portal:view");
  if (!partner.partnerOrgId) throw new NotAllowed();
  const deliverable = await loadDeliverable(db(), partner.partnerOrgId, itemId);
  if (!deliverable || deliverable.refusal || !deliverable.item.attachments.some((a) => a.id === attachmentId)) return null;
  // a picture's words are an identifier like any other: checked now, as every download is
  await loadGuardWords();
  if ((await leaksIn(db(), writtenForms(deliverable.item))).length > 0) return null;
  return withAttachmentBytes(await db().contentAttachment.findFirst({ where: { id: attachmentId, itemId }, select: { mimeType: true, ...ATTACHMENT_BYTES_FIELDS } }));
}
