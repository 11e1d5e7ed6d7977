// Suspension: a guard found a possible identifier in an item after its approval — at a
// delivery, or when a re-check ran because something new became known about a source.
// A suspended item leaves no more (lib/delivery/partner-items.ts), is listed for staff, and
// the organisations that downloaded it are asked to take it down. The reason stored and
// shown is neutral: never the identifier, never which source.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Actor } from "@/lib/auth/policy";
import { openTakedowns } from "@/lib/takedowns/open-takedowns";

export const SUSPENDED_FOR_IDENTIFIER = "A possible identifier was found in what partners receive of this item.";

export type SuspensionTrigger = { kind: "delivery"; form: string } | { kind: "recheck"; runId: string };

/** Suspends the item unless it already is; true when this call suspended it. The caller calls kickNotices() after its commit. */
export async function suspendItem(tx: Tx, itemId: string, trigger: SuspensionTrigger, hitTypes: string[], requestId: string, actor: Actor | null = null): Promise<boolean> {
  const updated = await tx.contentItem.updateMany({
    where: { id: itemId, suspendedAt: null, state: { in: ["APPROVED", "PUBLISHED"] } },
    data: { suspendedAt: new Date(), suspendedReason: SUSPENDED_FOR_IDENTIFIER },
  });
  if (updated.count === 0) return false;
  await recordAuditEvent(tx, { actor, action: "content.suspended", target: { type: "content", id: itemId }, requestId, details: { ...trigger, types: [...new Set(hitTypes)] } });
  await openTakedowns(tx, [itemId], "SUSPENDED");
  return true;
}
