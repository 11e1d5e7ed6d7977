// Withdrawn consent, or the source's erasure, takes every item quoting the source out of use
// at once, whatever its state, and asks the organisations holding copies to take them down;
// runs inside that transaction so all of it happens or none (callers kickNotices() after).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { openTakedowns } from "@/lib/takedowns/open-takedowns";

export const CONSENT_WITHDRAWN_REASON = "consent withdrawn";
export const SOURCE_ERASED_REASON = "source erased";

export async function retireItemsDerivedFromSource(
  tx: Tx,
  sourceId: string,
  actor: { id: string; email: string },
  requestId: string,
  reason: typeof CONSENT_WITHDRAWN_REASON | typeof SOURCE_ERASED_REASON = CONSENT_WITHDRAWN_REASON,
): Promise<number> {
  const items = await tx.contentItem.findMany({ where: { state: { not: "RETIRED" }, quotes: { some: { sourceId } } }, select: { id: true, state: true } });
  const now = new Date();
  for (const item of items) {
    await tx.contentItem.update({ where: { id: item.id }, data: { state: "RETIRED", retiredAt: now, retiredReason: reason } });
    await recordAuditEvent(tx, { actor, action: "content.retired", target: { type: "content", id: item.id }, requestId, details: { from: item.state, reason, sourceId } });
  }
  // Erasure or withdrawal alike: to a partner the item is withdrawn, nothing more.
  await openTakedowns(tx, items.map((i) => i.id), "WITHDRAWN");
  return items.length;
}
