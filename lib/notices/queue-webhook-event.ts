// Queues a signed event for an organisation's endpoint in the caller's transaction (nothing
// when it has none); the deliverer (webhooks/deliver-webhooks.ts) sends and retries it.
// A payload names items by id and reference only: an event is what a partner receives.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export const WEBHOOK_EVENTS = ["asset.published", "asset.updated", "asset.withdrawn"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export async function queueWebhookEvent(client: Db | Tx, partnerOrgId: string, event: WebhookEvent, payload: Prisma.InputJsonObject): Promise<string | null> {
  const org = await client.partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { webhookUrl: true, active: true } });
  if (!org?.webhookUrl || !org.active) return null;
  const delivery = await client.webhookDelivery.create({ data: { partnerOrgId, event, payload }, select: { id: true } });
  return delivery.id;
}
