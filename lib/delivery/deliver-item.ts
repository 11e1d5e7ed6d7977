// One item, in one format, to one partner: checked, recorded, fingerprinted.
// The same function serves the portal and the partner API.
import "server-only";
import { kickNotices } from "@/lib/notices/kick-notices";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { visibleLine } from "./fingerprint";
import { DownloadRefused } from "./delivery-errors";
import { leaksIn, NOT_AVAILABLE, recordBlockedDelivery, servedForms, verifyServed, writtenForms } from "./verify-delivery";
import { attachmentDisposition, CARD_FORMATS, CONTENT_TYPES, downloadFileName, fileStem, isCardFormat, type DownloadFormat, typeStem } from "./formats";
import { deliveredImage, isCardItem, itemZipEntries, pdfOmittedNote, renderItemCard, renderItemFile } from "./item-files";
import { NOT_A_CARD } from "./quote-card/card-refusals";
import { DEFAULT_CARD_TEMPLATE, type CardTemplate } from "./quote-card/card-design";
import { QuoteTooLongForCard } from "./quote-card/render-card";
import { PdfBudgetExceeded } from "./pdf/render-budget";
import { loadDeliverable, type Deliverable } from "./load-deliverable";
import type { Recipient } from "./recipient";
import { recordDownload } from "./record-download";
import { zipStream } from "./zip-stream";
import { attributionIn, usageGuidanceIn } from "./attribution";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { readUnreadPictures } from "@/lib/content/attachments/read-unread-pictures";

export { DownloadRefused } from "./delivery-errors";

export type DeliveredFile = { fileName: string; contentType: string; disposition: string; body: Buffer | ReadableStream<Uint8Array>; reference: string };

/**
 * Loads, checks and records in one transaction, so a retirement cannot slip between check
 * and record. What the editors wrote is checked against the identifier index here, before
 * anything is rendered: a hit suspends the item instead of recording a download.
 */
async function checkAndRecord(recipient: Recipient, itemId: string, format: string, requestId: string, attachmentId?: string): Promise<{ deliverable: Deliverable; reference: string }> {
  await loadGuardWords();
  await readUnreadPictures(db(), [itemId]);
  const outcome = await db().$transaction(async (tx) => {
    const deliverable = await loadDeliverable(tx, recipient.partnerOrgId, itemId);
    if (!deliverable) return null;
    if (attachmentId && !deliverable.item.attachments.some((a) => a.id === attachmentId)) return null;
    if (deliverable.refusal) {
      await recordRefusal(tx, recipient, { type: "content", id: itemId }, { format }, requestId);
      return { refused: deliverable.refusal } as const;
    }
    // a picture card of an item that is not drawn as one: nothing to deliver, nothing recorded
    if (isCardFormat(format) && !isCardItem(deliverable.item)) return { refused: NOT_A_CARD } as const;
    const hits = await leaksIn(tx, writtenForms(deliverable.item));
    if (hits.length > 0) {
      await recordBlockedDelivery(tx, { recipient, itemId, requestId, format }, hits);
      return { refused: NOT_AVAILABLE } as const;
    }
    const reference = await recordDownload(tx, recipient, { itemId, itemVersion: deliverable.item.version, format }, requestId);
    return { deliverable, reference } as const;
  });
  if (!outcome) throw new NotFound("No such item.");
  if ("refused" in outcome) {
    // take-down notices, when a blocked delivery suspended the item
    kickNotices();
    throw new DownloadRefused(outcome.refused);
  }
  return outcome;
}

/** A refused delivery, recorded in the same transaction as the check that refused it. */
export async function recordRefusal(tx: Tx, recipient: Recipient, target: { type: "content" | "campaign"; id: string }, details: Prisma.InputJsonObject & { format: string }, requestId: string) {
  await recordAuditEvent(tx, {
    actor: recipient.userId ? { id: recipient.userId, email: recipient.userEmail ?? "" } : null,
    action: "delivery.refused",
    target,
    requestId,
    details: { ...details, channel: recipient.channel, partnerOrgId: recipient.partnerOrgId, apiTokenId: recipient.apiTokenId },
  });
}

/** `template`: the look of a picture card (formats png and png-story). */
export async function deliverItem(recipient: Recipient, itemId: string, format: DownloadFormat, requestId: string, options: { template?: CardTemplate } = {}): Promise<DeliveredFile> {
  const { deliverable, reference } = await checkAndRecord(recipient, itemId, format, requestId);
  const { item, organisation } = deliverable;
  const audience = { organisation: organisation.name, locale: organisation.defaultLocale };
  const preparedFor = visibleLine(organisation.name, reference, audience.locale);
  const context = { recipient, itemId, requestId, format };
  const fileName = downloadFileName(fileStem(item.title, typeStem(item.type)), reference, format);
  const base = { fileName, contentType: CONTENT_TYPES[format], disposition: attachmentDisposition(fileName), reference };
  const campaignName = deliverable.item.campaigns[0]?.campaign.name ?? null;
  if (isCardFormat(format)) {
    const card = await renderItemCard(item, audience, reference, CARD_FORMATS[format], { template: options.template ?? DEFAULT_CARD_TEMPLATE, campaignName }).catch((error: unknown) => {
      throw error instanceof QuoteTooLongForCard ? new DownloadRefused(error.message) : error;
    });
    await verifyServed(context, await servedForms(fileName, card.png, card.words), reference, [preparedFor]);
    return { ...base, body: card.png };
  }
  if (format !== "zip") {
    const body = await renderItemFile(item, audience, reference, format).catch((error: unknown) => {
      throw error instanceof PdfBudgetExceeded ? new DownloadRefused(pdfOmittedNote(error)) : error;
    });
    await verifyServed(context, await servedForms(fileName, body), reference, [preparedFor]);
    return { ...base, body };
  }
  const { entries, manifest } = await itemZipEntries(item, audience, reference, "", campaignName);
  const guidance = { preparedFor: organisation.name, reference, attribution: attributionIn(audience.locale), usage: usageGuidanceIn(audience.locale), items: [manifest] };
  const all = [...entries, { name: "manifest.json", data: JSON.stringify(guidance, null, 2) }];
  await verifyServed(context, [...(await Promise.all(all.map((e) => servedForms(e.name, e.data, e.shows)))).flat(), { field: "delivered:file-name", label: "File name", text: fileName }], reference, [preparedFor, organisation.name]);
  return { ...base, body: zipStream(arrayOf(all), () => undefined) };
}

/** One image of an item, re-encoded without metadata and named as in the item's ZIP. */
export async function deliverImage(recipient: Recipient, itemId: string, attachmentId: string, requestId: string): Promise<DeliveredFile> {
  const { deliverable, reference } = await checkAndRecord(recipient, itemId, "image", requestId, attachmentId);
  const image = await deliveredImage(deliverable.item, attachmentId);
  if (!image) throw new NotFound("No such image.");
  // the pixels are not read (faces, signs, handwriting are for the reviewer's eyes); the name is
  await verifyServed({ recipient, itemId, requestId, format: "image" }, await servedForms(image.fileName, ""), reference);
  return { fileName: image.fileName, contentType: image.mimeType, disposition: attachmentDisposition(image.fileName), body: image.data, reference };
}

async function* arrayOf<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}
