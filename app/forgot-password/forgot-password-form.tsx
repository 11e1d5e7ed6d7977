"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { requestPasswordResetAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const [state, action, pending] = useActionState(requestPasswordResetAction, null);
  return (
    <form action={action} className="card">
      <label htmlFor="email">{t("email")}</label>
      <input id="email" name="email" type="email" autoComplete="username" required maxLength={320} aria-describedby="email-error" />
      <FieldError state={state} name="email" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
