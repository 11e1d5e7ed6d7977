// "Send a test event": a ping queued for the organisation's endpoint, delivered, signed and
// retried like any event, so an admin and the partner can see the whole path work.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { PartnerOrgOnlyInput } from "@/lib/partners/schemas";
import { kickNotices } from "../kick-notices";
import { PingData } from "./webhook-payloads";

export async function sendTestWebhook(admin: Actor, raw: { partnerOrgId: string }, requestId: string): Promise<string> {
  assertCan(admin, "partners:manage");
  const input = parseInput(PartnerOrgOnlyInput, raw);
  const id = await db().$transaction(async (tx) => {
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId }, select: { id: true, webhookUrl: true, active: true } });
    if (!org) throw new NotFound("No such organisation.");
    if (!org.webhookUrl) throw new InvalidInput("Register an endpoint first.");
    if (!org.active) throw new InvalidInput("This organisation is deactivated: nothing is sent to it.");
    const payload = PingData.parse({ message: "A test event from Countervoice: your endpoint is reachable and can verify signatures." });
    const delivery = await tx.webhookDelivery.create({ data: { partnerOrgId: org.id, event: "ping", payload }, select: { id: true } });
    await recordAuditEvent(tx, { actor: admin, action: "webhook.test-queued", target: { type: "webhook-delivery", id: delivery.id }, requestId, details: { partnerOrgId: org.id } });
    return delivery.id;
  });
  kickNotices();
  return id;
}
