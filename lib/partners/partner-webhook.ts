// An organisation's webhook endpoint and where its notices go by email, as an admin sets
// them. Registering an endpoint (or rotating its secret) makes a new signing secret that is
// returned once, here, and kept only sealed; every change is audited, never the secret.
import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { env } from "@/lib/env";
import { InvalidInput, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { m } from "@/lib/i18n/translate";
import { checkWebhookUrl, WebhookUrlRefused, type ResolveHost } from "@/lib/notices/webhooks/webhook-url";
import { newWebhookSecret, sealWebhookSecret } from "@/lib/notices/webhooks/webhook-secret-box";
import { PartnerOrgOnlyInput, SetContactEmailsInput, SetWebhookInput } from "./schemas";

export const webhookRules = () => ({ allowPrivate: env().WEBHOOK_ALLOW_PRIVATE_ADDRESSES === "1" });

async function lockOrg(tx: Tx, partnerOrgId: string) {
  await tx.$queryRaw`SELECT 1 FROM "PartnerOrganization" WHERE "id" = ${partnerOrgId} FOR UPDATE`;
  const org = await tx.partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { id: true, webhookUrl: true, webhookSecretEnc: true } });
  if (!org) throw new NotFound(m("partners.errors.notFound"));
  return org;
}

async function acceptedUrl(raw: string, resolve?: ResolveHost): Promise<string> {
  try {
    return await checkWebhookUrl(raw, webhookRules(), resolve);
  } catch (error) {
    if (error instanceof WebhookUrlRefused) throw new InvalidInput(m("forms.correctHighlighted"), { webhookUrl: [error.message] });
    throw error;
  }
}

/** Registers or changes the endpoint. `secret` is the new signing secret when one was made (first registration), else null. */
export async function setPartnerWebhook(admin: Actor, raw: SetWebhookInput, requestId: string, resolve?: ResolveHost): Promise<{ secret: string | null }> {
  assertCan(admin, "partners:manage");
  const input = parseInput(SetWebhookInput, raw);
  const url = await acceptedUrl(input.webhookUrl, resolve);
  const secret = newWebhookSecret();
  return db().$transaction(async (tx) => {
    const org = await lockOrg(tx, input.partnerOrgId);
    const keepSecret = org.webhookSecretEnc !== null;
    await tx.partnerOrganization.update({
      where: { id: org.id },
      data: { webhookUrl: url, ...(keepSecret ? {} : { webhookSecretEnc: sealWebhookSecret(org.id, secret), webhookSecretSetAt: new Date() }) },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: org.webhookUrl ? "partner.webhook-changed" : "partner.webhook-registered",
      target: { type: "partner", id: org.id },
      requestId,
      details: { host: new URL(url).host, newSecret: !keepSecret },
    });
    return { secret: keepSecret ? null : secret };
  });
}

/** Removes the endpoint and its secret; deliveries still queued for it are given up at their next attempt. */
export async function removePartnerWebhook(admin: Actor, raw: { partnerOrgId: string }, requestId: string): Promise<void> {
  assertCan(admin, "partners:manage");
  const input = parseInput(PartnerOrgOnlyInput, raw);
  await db().$transaction(async (tx) => {
    const org = await lockOrg(tx, input.partnerOrgId);
    if (!org.webhookUrl && !org.webhookSecretEnc) return;
    await tx.partnerOrganization.update({ where: { id: org.id }, data: { webhookUrl: null, webhookSecretEnc: null, webhookSecretSetAt: null } });
    await recordAuditEvent(tx, { actor: admin, action: "partner.webhook-removed", target: { type: "partner", id: org.id }, requestId });
  });
}

/** A new signing secret, replacing the old at once (the partner must switch to it); returned once. */
export async function rotatePartnerWebhookSecret(admin: Actor, raw: { partnerOrgId: string }, requestId: string): Promise<{ secret: string }> {
  assertCan(admin, "partners:manage");
  const input = parseInput(PartnerOrgOnlyInput, raw);
  const secret = newWebhookSecret();
  await db().$transaction(async (tx) => {
    const org = await lockOrg(tx, input.partnerOrgId);
    if (!org.webhookUrl) throw new InvalidInput(m("partners.errors.registerEndpointFirst"));
    await tx.partnerOrganization.update({ where: { id: org.id }, data: { webhookSecretEnc: sealWebhookSecret(org.id, secret), webhookSecretSetAt: new Date() } });
    await recordAuditEvent(tx, { actor: admin, action: "partner.webhook-secret-rotated", target: { type: "partner", id: org.id }, requestId });
  });
  return { secret };
}

export async function setPartnerContactEmails(admin: Actor, raw: SetContactEmailsInput, requestId: string): Promise<string[]> {
  assertCan(admin, "partners:manage");
  const input = parseInput(SetContactEmailsInput, raw);
  await db().$transaction(async (tx) => {
    const org = await lockOrg(tx, input.partnerOrgId);
    await tx.partnerOrganization.update({ where: { id: org.id }, data: { contactEmails: input.contactEmails } });
    // How many, not who: the addresses are on the organisation's row.
    await recordAuditEvent(tx, { actor: admin, action: "partner.contacts-changed", target: { type: "partner", id: org.id }, requestId, details: { count: input.contactEmails.length } });
  });
  return input.contactEmails;
}
