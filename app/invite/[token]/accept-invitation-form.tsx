"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("auth.invite");
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="card">
      <input type="hidden" name="token" value={token} />
      <label htmlFor="name">{t("name")}</label>
      <input id="name" name="name" required maxLength={120} autoComplete="name" />
      <FieldError state={state} name="name" />
      <label htmlFor="password">{t("password", { min: PASSWORD_MIN_LENGTH })}</label>
      <input id="password" name="password" type="password" required minLength={PASSWORD_MIN_LENGTH} autoComplete="new-password" />
      <FieldError state={state} name="password" />
      <label htmlFor="confirm">{t("confirm")}</label>
      <input id="confirm" name="confirm" type="password" required autoComplete="new-password" />
      <FieldError state={state} name="confirm" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
