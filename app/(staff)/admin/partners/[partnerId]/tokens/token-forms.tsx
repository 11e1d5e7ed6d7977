"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { bdi, NamedLabel } from "@/components/admin/user-content";
import { createPartnerTokenAction, revokePartnerTokenAction } from "./actions";
import { isolated } from "@/lib/i18n/isolate";

export function CreateTokenForm({ partnerOrgId }: { partnerOrgId: string }) {
  const t = useTranslations("partners.tokens");
  const [state, action, pending] = useActionState(createPartnerTokenAction, null);
  const token = state?.ok ? (state.data as { token?: string } | undefined)?.token : undefined;
  return (
    <form action={action}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <label htmlFor="token-name">{t("tokenName")}</label>
      <input id="token-name" name="name" required minLength={2} maxLength={80} placeholder={t("tokenNamePlaceholder")} aria-describedby="name-error" dir="auto" />
      <FieldError state={state} name="name" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </p>
      <FormStatus state={state} />
      {token ? <NewToken token={token} /> : null}
    </form>
  );
}

function NewToken({ token }: { token: string }) {
  const t = useTranslations("partners.tokens");
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert" role="note" style={{ color: "var(--warn)" }}>
      <p>{t.rich("copyNow", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p className="copy-box" data-testid="new-token">
        <code>{token}</code>
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(token).then(() => setCopied(true));
        }}
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}

export function RevokeTokenButton({ partnerOrgId, tokenId, name }: { partnerOrgId: string; tokenId: string; name: string }) {
  const t = useTranslations("partners.tokens");
  const [state, action, pending] = useActionState(revokePartnerTokenAction, null);
  return (
    <form action={action} className="inline-form" onSubmit={(e) => !window.confirm(t("confirmRevoke", { name: isolated(name) })) && e.preventDefault()}>
      <input type="hidden" name="partnerOrgId" value={partnerOrgId} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="danger" disabled={pending}>
        <NamedLabel visible={t("revoke")} full={t.rich("revokeNamed", { name, bdi })} />
      </button>
      <FormStatus state={state} />
    </form>
  );
}
