// An admin sends a DEAD delivery again: it becomes due now for one more attempt (and is
// DEAD again if that fails too), with the same event id, so a receiver that did get it can
// recognise it.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { kickNotices } from "../kick-notices";

export const RetryWebhookDeliveryInput = z.object({ partnerOrgId: z.string().min(1).max(100), deliveryId: z.string().min(1).max(100) });

export async function retryWebhookDelivery(admin: Actor, raw: z.input<typeof RetryWebhookDeliveryInput>, requestId: string, now: Date = new Date()): Promise<void> {
  assertCan(admin, "partners:manage");
  const input = parseInput(RetryWebhookDeliveryInput, raw);
  await db().$transaction(async (tx) => {
    // Scoped to the organisation in the URL: another's delivery is simply not found.
    const delivery = await tx.webhookDelivery.findFirst({ where: { id: input.deliveryId, partnerOrgId: input.partnerOrgId }, select: { id: true, status: true } });
    if (!delivery) throw new NotFound("No such delivery for this organisation.");
    if (delivery.status !== "DEAD") throw new Conflict(delivery.status === "SENT" ? "This event was delivered already." : "This event is still being retried.");
    const updated = await tx.webhookDelivery.updateMany({ where: { id: delivery.id, status: "DEAD" }, data: { status: "PENDING", nextAttemptAt: now, lockedUntil: null } });
    if (updated.count !== 1) throw new Conflict("The delivery changed meanwhile; reload the page.");
    await recordAuditEvent(tx, { actor: admin, action: "webhook.retried", target: { type: "webhook-delivery", id: delivery.id }, requestId, details: { partnerOrgId: input.partnerOrgId } });
  });
  kickNotices();
}
