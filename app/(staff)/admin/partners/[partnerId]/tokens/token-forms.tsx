"use client";
import { useActionState, useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { createPartnerTokenAction, revokePartnerTokenAction } from "./actions";

export function CreateTokenForm({ partnerOrgId }: { partnerOrgId: string }) {
  const [state, action, pending] = useActionState(createPartnerTokenAction, null);
  const token = state?.ok ? (state.data as { token?: string } | undefined)?.token : undefined;
  return (
    <form action={action}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <label htmlFor="token-name">Token name</label>
      <input id="token-name" name="name" required minLength={2} maxLength={80} placeholder="e.g. Website publishing" aria-describedby="name-error" />
      <FieldError state={state} name="name" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </p>
      <FormStatus state={state} />
      {token ? <NewToken token={token} /> : null}
    </form>
  );
}

function NewToken({ token }: { token: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert" role="note" style={{ color: "var(--warn)" }}>
      <p>
        <strong>Copy this token now: it will not be shown again.</strong> Countervoice keeps only a fingerprint of it. Give it to the partner over a secure channel.
      </p>
      <p className="copy-box" data-testid="new-token">
        {token}
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(token).then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy token"}
      </button>
    </div>
  );
}

export function RevokeTokenButton({ partnerOrgId, tokenId, name }: { partnerOrgId: string; tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokePartnerTokenAction, null);
  return (
    <form action={action} className="inline-form" onSubmit={(e) => !window.confirm(`Revoke the token “${name}”? Anything using it stops working at once.`) && e.preventDefault()}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="danger" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      <FormStatus state={state} />
    </form>
  );
}
