"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { removeWebhookAction, retryWebhookDeliveryAction, rotateWebhookSecretAction, sendTestWebhookAction, setContactEmailsAction, setWebhookAction } from "./actions";
import { isolated } from "@/lib/i18n/isolate";

const secretOf = (state: ActionResult | null) => (state?.ok ? (state.data as { secret?: string } | undefined)?.secret : undefined);

function NewSecret({ secret }: { secret: string }) {
  const t = useTranslations("partners.webhooks");
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert" role="note" style={{ color: "var(--warn)" }}>
      <p>{t.rich("copyNow", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p className="copy-box" data-testid="new-webhook-secret">
        <code>{secret}</code>
      </p>
      <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}>
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}

export function WebhookForm({ partnerOrgId, webhookUrl }: { partnerOrgId: string; webhookUrl: string | null }) {
  const t = useTranslations("partners.webhooks");
  const [state, action, pending] = useActionState(setWebhookAction, null);
  const secret = secretOf(state);
  return (
    <form action={action}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <label htmlFor="webhook-url">{t("endpointLabel")}</label>
      <input id="webhook-url" name="webhookUrl" type="url" required maxLength={2048} defaultValue={webhookUrl ?? ""} placeholder={t("endpointPlaceholder")} aria-describedby="webhookUrl-error" dir="ltr" />
      <FieldError state={state} name="webhookUrl" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : webhookUrl ? t("change") : t("register")}
        </button>
      </p>
      <FormStatus state={state} />
      {secret ? <NewSecret secret={secret} /> : null}
    </form>
  );
}

export function RotateSecretButton({ partnerOrgId, name }: { partnerOrgId: string; name: string }) {
  const t = useTranslations("partners.webhooks");
  const [state, action, pending] = useActionState(rotateWebhookSecretAction, null);
  const secret = secretOf(state);
  return (
    <form action={action} onSubmit={(e) => !window.confirm(t("confirmRotate", { name: isolated(name) })) && e.preventDefault()}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <button type="submit" className="danger" disabled={pending}>
        {t("rotate")}
      </button>
      <FormStatus state={state} />
      {secret ? <NewSecret secret={secret} /> : null}
    </form>
  );
}

export function RemoveWebhookButton({ partnerOrgId, name }: { partnerOrgId: string; name: string }) {
  const t = useTranslations("partners.webhooks");
  const [state, action, pending] = useActionState(removeWebhookAction, null);
  return (
    <form action={action} className="inline-form" onSubmit={(e) => !window.confirm(t("confirmRemove", { name: isolated(name) })) && e.preventDefault()}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <button type="submit" className="danger" disabled={pending}>
        {t("remove")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function TestEventButton({ partnerOrgId }: { partnerOrgId: string }) {
  const t = useTranslations("partners.webhooks");
  const [state, action, pending] = useActionState(sendTestWebhookAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("sendTest")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function ContactEmailsForm({ partnerOrgId, contactEmails, max }: { partnerOrgId: string; contactEmails: string[]; max: number }) {
  const t = useTranslations("partners.webhooks");
  const [state, action, pending] = useActionState(setContactEmailsAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <label htmlFor="contact-emails">{t("contactsLabel", { max })}</label>
      <textarea id="contact-emails" name="contactEmails" rows={4} defaultValue={contactEmails.join("\n")} aria-describedby="contactEmails-error" dir="ltr" />
      <FieldError state={state} name="contactEmails" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("saveContacts")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

export function RetryDeliveryButton({ partnerOrgId, deliveryId }: { partnerOrgId: string; deliveryId: string }) {
  const t = useTranslations("partners.webhooks");
  const [state, action, pending] = useActionState(retryWebhookDeliveryAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("retry")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
