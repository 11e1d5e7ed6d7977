// When items are withdrawn, retired or suspended, every organisation that downloaded one is
// asked to take it down: a Takedown row each (unless one is still open), an email to the
// organisation (one per recipient for all the items of this change) and an asset.withdrawn
// event. Runs in the caller's transaction; the caller calls kickNotices() after it commits.
import "server-only";
import { env } from "@/lib/env";
import type { Tx } from "@/lib/db/client";
import { queueEmail } from "@/lib/notices/queue-email";
import { queueWebhookEvent } from "@/lib/notices/queue-webhook-event";
import { takedownEmail, type TakedownNoticeLine } from "@/lib/notices/templates/takedown";
import { takedownLinks, takedownRecipients } from "./takedown-recipients";
import type { TakedownReason } from "./takedown-reasons";

export function takedownDeadline(from: Date): Date {
  return new Date(from.getTime() + env().TAKEDOWN_DEADLINE_HOURS * 3_600_000);
}

/** Returns how many take-downs were opened. */
export async function openTakedowns(tx: Tx, itemIds: readonly string[], reason: TakedownReason): Promise<number> {
  if (itemIds.length === 0) return 0;
  const [downloads, open] = await Promise.all([
    tx.download.findMany({ where: { itemId: { in: [...itemIds] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { itemId: true, partnerOrgId: true, reference: true } }),
    tx.takedown.findMany({ where: { itemId: { in: [...itemIds] }, acknowledgedAt: null }, select: { itemId: true, partnerOrgId: true } }),
  ]);
  const alreadyOpen = new Set(open.map((t) => `${t.partnerOrgId}:${t.itemId}`));
  // organisation → item → its references
  const copies = new Map<string, Map<string, string[]>>();
  for (const d of downloads) {
    if (alreadyOpen.has(`${d.partnerOrgId}:${d.itemId}`)) continue;
    const items = copies.get(d.partnerOrgId) ?? new Map<string, string[]>();
    items.set(d.itemId, [...(items.get(d.itemId) ?? []), d.reference]);
    copies.set(d.partnerOrgId, items);
  }
  const now = new Date();
  const deadlineAt = takedownDeadline(now);
  let opened = 0;
  for (const [partnerOrgId, items] of copies) {
    const lines: TakedownNoticeLine[] = [];
    for (const [itemId, references] of items) {
      const takedown = await tx.takedown.create({ data: { itemId, partnerOrgId, reason, deadlineAt, createdAt: now }, select: { id: true } });
      lines.push({ takedownId: takedown.id, itemId, references, reason, deadlineAt });
      await queueWebhookEvent(tx, partnerOrgId, "asset.withdrawn", { takedownId: takedown.id, itemId, references, reason, deadlineAt: deadlineAt.toISOString() });
      opened++;
    }
    const { organisation, recipients } = await takedownRecipients(tx, partnerOrgId);
    for (const recipient of recipients) {
      const { subject, text } = takedownEmail(organisation, lines, takedownLinks(), recipient.locale);
      await queueEmail(tx, { kind: "takedown", to: recipient.to, userId: recipient.userId, partnerOrgId, subject, content: { text } });
    }
  }
  return opened;
}
