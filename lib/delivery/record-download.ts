// A download is recorded before its bytes leave, with the reference its fingerprint carries.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { newReference } from "./fingerprint";
import type { Recipient } from "./recipient";

export type DownloadRecord = { itemId: string; itemVersion: number; format: string; campaignId?: string; kitId?: string };

export async function recordDownload(tx: Tx, recipient: Recipient, download: DownloadRecord, requestId: string): Promise<string> {
  const reference = newReference();
  const row = await tx.download.create({
    data: {
      ...download,
      reference,
      partnerOrgId: recipient.partnerOrgId,
      userId: recipient.userId,
      apiTokenId: recipient.apiTokenId,
      channel: recipient.channel,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor: recipient.userId ? { id: recipient.userId, email: recipient.userEmail ?? "" } : null,
    action: "delivery.downloaded",
    target: { type: "download", id: row.id },
    requestId,
    details: { itemId: download.itemId, version: download.itemVersion, format: download.format, reference, channel: recipient.channel, partnerOrgId: recipient.partnerOrgId, apiTokenId: recipient.apiTokenId },
  });
  return reference;
}
