"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token, email, askCode }: { token: string; email: string; askCode: boolean }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const [useRecovery, setUseRecovery] = useState(false);
  return (
    <form action={action} className="card">
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <label htmlFor="password">{t("reset.newPassword", { min: PASSWORD_MIN_LENGTH })}</label>
      <input id="password" name="password" type="password" required minLength={PASSWORD_MIN_LENGTH} autoComplete="new-password" aria-describedby="password-error" />
      <FieldError state={state} name="password" />
      <label htmlFor="confirm">{t("reset.newPasswordAgain")}</label>
      <input id="confirm" name="confirm" type="password" required autoComplete="new-password" aria-describedby="confirm-error" />
      <FieldError state={state} name="confirm" />
      {askCode ? (
        <>
          <label htmlFor="code">{useRecovery ? t("code.recovery") : t("code.app")}</label>
          <input
            id="code"
            name="code"
            key={useRecovery ? "recovery" : "totp"}
            autoComplete="one-time-code"
            inputMode={useRecovery ? "text" : "numeric"}
            maxLength={useRecovery ? 32 : 8}
            required
            aria-describedby="code-error"
          />
          <FieldError state={state} name="code" />
          <p>
            <button type="button" className="secondary" onClick={() => setUseRecovery(!useRecovery)}>
              {useRecovery ? t("code.useApp") : t("code.useRecovery")}
            </button>
          </p>
        </>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("reset.submitting") : t("reset.submit")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
