"use client";
import { useActionState, useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { removeWebhookAction, retryWebhookDeliveryAction, rotateWebhookSecretAction, sendTestWebhookAction, setContactEmailsAction, setWebhookAction } from "./actions";

const secretOf = (state: ActionResult | null) => (state?.ok ? (state.data as { secret?: string } | undefined)?.secret : undefined);

function NewSecret({ secret }: { secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert" role="note" style={{ color: "var(--warn)" }}>
      <p>
        <strong>Copy this signing secret now: it will not be shown again.</strong> Give it to the partner over a secure channel; their endpoint verifies each event with it.
      </p>
      <p className="copy-box" data-testid="new-webhook-secret">
        {secret}
      </p>
      <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}>
        {copied ? "Copied" : "Copy secret"}
      </button>
    </div>
  );
}

export function WebhookForm({ partnerOrgId, webhookUrl }: { partnerOrgId: string; webhookUrl: string | null }) {
  const [state, action, pending] = useActionState(setWebhookAction, null);
  const secret = secretOf(state);
  return (
    <form action={action}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <label htmlFor="webhook-url">Endpoint address (https)</label>
      <input id="webhook-url" name="webhookUrl" type="url" required maxLength={2048} defaultValue={webhookUrl ?? ""} placeholder="https://partner.example.org/countervoice/events" aria-describedby="webhookUrl-error" />
      <FieldError state={state} name="webhookUrl" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : webhookUrl ? "Change endpoint" : "Register endpoint"}
        </button>
      </p>
      <FormStatus state={state} />
      {secret ? <NewSecret secret={secret} /> : null}
    </form>
  );
}

export function RotateSecretButton({ partnerOrgId, name }: { partnerOrgId: string; name: string }) {
  const [state, action, pending] = useActionState(rotateWebhookSecretAction, null);
  const secret = secretOf(state);
  return (
    <form action={action} onSubmit={(e) => !window.confirm(`Make a new signing secret for ${name}? The current one stops working at once: their endpoint refuses events until it has the new one.`) && e.preventDefault()}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <button type="submit" className="danger" disabled={pending}>
        Rotate secret
      </button>
      <FormStatus state={state} />
      {secret ? <NewSecret secret={secret} /> : null}
    </form>
  );
}

export function RemoveWebhookButton({ partnerOrgId, name }: { partnerOrgId: string; name: string }) {
  const [state, action, pending] = useActionState(removeWebhookAction, null);
  return (
    <form action={action} className="inline-form" onSubmit={(e) => !window.confirm(`Remove ${name}'s endpoint and its secret? Events still waiting are given up.`) && e.preventDefault()}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <button type="submit" className="danger" disabled={pending}>
        Remove endpoint
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function TestEventButton({ partnerOrgId }: { partnerOrgId: string }) {
  const [state, action, pending] = useActionState(sendTestWebhookAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <button type="submit" className="secondary" disabled={pending}>
        Send a test event
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function ContactEmailsForm({ partnerOrgId, contactEmails, max }: { partnerOrgId: string; contactEmails: string[]; max: number }) {
  const [state, action, pending] = useActionState(setContactEmailsAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <label htmlFor="contact-emails">Notice addresses (one a line, at most {max})</label>
      <textarea id="contact-emails" name="contactEmails" rows={4} defaultValue={contactEmails.join("\n")} aria-describedby="contactEmails-error" />
      <FieldError state={state} name="contactEmails" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save addresses"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

export function RetryDeliveryButton({ partnerOrgId, deliveryId }: { partnerOrgId: string; deliveryId: string }) {
  const [state, action, pending] = useActionState(retryWebhookDeliveryAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <button type="submit" className="secondary" disabled={pending}>
        Retry now
      </button>
      <FormStatus state={state} />
    </form>
  );
}
