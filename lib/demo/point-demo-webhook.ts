// The embedded demo's webhook: Demo Partner's endpoint is the launcher's local receiver
// (scripts/support/webhook-catcher.ts), whose port changes at every start, so each start points
// it there again. An endpoint an admin registered elsewhere is left alone.
import { db } from "@/lib/db/client";
import { databaseMode } from "@/lib/env";
import { newWebhookSecret, sealWebhookSecret } from "@/lib/notices/webhooks/webhook-secret-box";
import { DEMO_PARTNER_ORG } from "./demo-accounts";

const DEMO_RECEIVER = /^http:\/\/127\.0\.0\.1:\d+\/countervoice-events$/;

export function isDemoWebhookReceiver(url: string): boolean {
  return DEMO_RECEIVER.test(url);
}

/** On the first start the endpoint is registered; later starts only follow the receiver's new port. */
export async function pointDemoWebhookAt(url: string, firstStart: boolean): Promise<boolean> {
  if (databaseMode() !== "pglite") throw new Error("The demo webhook receiver exists only in the embedded demo.");
  if (!isDemoWebhookReceiver(url)) throw new Error("not the demo's receiver address");
  const org = await db().partnerOrganization.findUnique({ where: { name: DEMO_PARTNER_ORG }, select: { id: true, webhookUrl: true, webhookSecretEnc: true } });
  if (!org || (org.webhookUrl !== null && !isDemoWebhookReceiver(org.webhookUrl))) return false;
  if (org.webhookUrl === null && !firstStart) return false; // an admin removed it: it stays removed
  await db().partnerOrganization.update({
    where: { id: org.id },
    data: {
      webhookUrl: url,
      ...(org.webhookSecretEnc ? {} : { webhookSecretEnc: sealWebhookSecret(org.id, newWebhookSecret()), webhookSecretSetAt: new Date() }),
    },
  });
  return true;
}
