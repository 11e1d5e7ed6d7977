// An organisation's notice settings and recent webhook deliveries as admins see them:
// event, status, and every attempt's time, status code, error class and duration. Never
// the secret, and never the body (it is in the partner's hands; the event says what).
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";

/** null when there is no such organisation. */
export async function listWebhookDeliveries(admin: Actor, partnerOrgId: string, page: number) {
  assertCan(admin, "partners:manage");
  const organisation = await db().partnerOrganization.findUnique({
    where: { id: partnerOrgId },
    select: { id: true, name: true, active: true, webhookUrl: true, webhookSecretSetAt: true, contactEmails: true },
  });
  if (!organisation) return null;
  const where = { partnerOrgId };
  const [deliveries, total] = await db().$transaction([
    db().webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(page),
      select: {
        id: true,
        event: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        deliveredAt: true,
        createdAt: true,
        attemptLog: { orderBy: { number: "asc" }, select: { number: true, at: true, statusCode: true, error: true, durationMs: true } },
      },
    }),
    db().webhookDelivery.count({ where }),
  ]);
  return { organisation, deliveries: toPage(deliveries, total, page) };
}
