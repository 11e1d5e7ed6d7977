"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { PartnerOrgOnlyInput, SetContactEmailsInput, SetWebhookInput } from "@/lib/partners/schemas";
import { removePartnerWebhook, rotatePartnerWebhookSecret, setPartnerContactEmails, setPartnerWebhook } from "@/lib/partners/partner-webhook";
import { sendTestWebhook } from "@/lib/notices/webhooks/send-test-webhook";
import { retryWebhookDelivery, RetryWebhookDeliveryInput } from "@/lib/notices/webhooks/retry-webhook-delivery";

const pageOf = (partnerOrgId: string) => `/admin/partners/${partnerOrgId}/webhooks`;

// Registering may make a new signing secret, shown once: like issuing an API token, it asks for a recent sign-in.
export const setWebhookAction = authorizedAction("partners:manage", SetWebhookInput, async ({ user, requestId }, input) => {
  const { secret } = await setPartnerWebhook(user, input, requestId);
  revalidatePath(pageOf(input.partnerOrgId));
  // The only time the secret leaves the server.
  return { ok: true, message: m(secret ? "partners.webhooks.registered" : "partners.webhooks.changed"), data: secret ? { secret } : undefined };
}, { reauth: true });

export const removeWebhookAction = authorizedAction("partners:manage", PartnerOrgOnlyInput, async ({ user, requestId }, input) => {
  await removePartnerWebhook(user, input, requestId);
  revalidatePath(pageOf(input.partnerOrgId));
  return { ok: true, message: m("partners.webhooks.removed") };
});

export const rotateWebhookSecretAction = authorizedAction("partners:manage", PartnerOrgOnlyInput, async ({ user, requestId }, input) => {
  const { secret } = await rotatePartnerWebhookSecret(user, input, requestId);
  revalidatePath(pageOf(input.partnerOrgId));
  return { ok: true, message: m("partners.webhooks.rotated"), data: { secret } };
}, { reauth: true });

export const setContactEmailsAction = authorizedAction("partners:manage", SetContactEmailsInput, async ({ user, requestId }, input) => {
  const saved = await setPartnerContactEmails(user, input, requestId);
  revalidatePath(pageOf(input.partnerOrgId));
  return { ok: true, message: saved.length === 0 ? m("partners.webhooks.noContacts") : m("partners.webhooks.contactsSaved", { count: saved.length }) };
});

export const sendTestWebhookAction = authorizedAction("partners:manage", PartnerOrgOnlyInput, async ({ user, requestId }, input) => {
  await sendTestWebhook(user, input, requestId);
  revalidatePath(pageOf(input.partnerOrgId));
  return { ok: true, message: m("partners.webhooks.testQueued") };
});

export const retryWebhookDeliveryAction = authorizedAction("partners:manage", RetryWebhookDeliveryInput, async ({ user, requestId }, input) => {
  await retryWebhookDelivery(user, input, requestId);
  revalidatePath(pageOf(input.partnerOrgId));
  return { ok: true, message: m("partners.webhooks.retryQueued") };
});
