"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { bdi, NamedLabel } from "@/components/admin/user-content";
import { revokeInvitationAction } from "./actions";
import { isolated } from "@/lib/i18n/isolate";

export function RevokeInvitationButton({ linkId, email }: { linkId: string; email: string }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(revokeInvitationAction, null);
  return (
    <form action={action} className="inline-form" onSubmit={(e) => !window.confirm(t("confirmRevokeInvitation", { email: isolated(email) })) && e.preventDefault()}>
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" className="secondary" disabled={pending}>
        <NamedLabel visible={t("revoke")} full={t.rich("revokeInvitationOf", { email, bdi })} />
      </button>
      <FormStatus state={state} />
    </form>
  );
}
