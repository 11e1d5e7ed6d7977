"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { inviteUserAction } from "./actions";
import { RoleOptions } from "./role-options";

export function InviteUserForm({ partners }: { partners: { id: string; name: string }[] }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(inviteUserAction, null);
  const [role, setRole] = useState("EDITOR");
  const link = state?.ok ? (state.data as { link?: string } | undefined)?.link : undefined;
  return (
    <form action={action}>
      <label htmlFor="invite-email">{t("email")}</label>
      <input id="invite-email" name="email" type="email" required aria-describedby="email-error" dir="ltr" />
      <FieldError state={state} name="email" />
      <label htmlFor="invite-role">{t("role")}</label>
      <select id="invite-role" name="role" value={role} onChange={(e) => setRole(e.target.value)}>
        <RoleOptions />
      </select>
      {role === "PARTNER" ? (
        <>
          <label htmlFor="invite-org">{t("partnerOrganisation")}</label>
          <select id="invite-org" name="partnerOrgId" required defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            {partners.map((p) => (
              <option key={p.id} value={p.id} dir="auto">
                {p.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="partnerOrgId" />
        </>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("creatingInvitation") : t("createInvitation")}
        </button>
      </p>
      <FormStatus state={state} />
      {link ? (
        <p>
          <span className="copy-box" data-testid="invitation-link">
            <code>{link}</code>
          </span>
        </p>
      ) : null}
    </form>
  );
}
