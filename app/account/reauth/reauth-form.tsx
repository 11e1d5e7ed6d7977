"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { reauthenticateAction } from "./actions";

export function ReauthForm({ next, needsCode }: { next: string; needsCode: boolean }) {
  const t = useTranslations("account.reauth");
  const [state, action, pending] = useActionState(reauthenticateAction, null);
  return (
    <form action={action} method="post" className="card">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="reauth-password">{t("password")}</label>
      <input id="reauth-password" name="password" type="password" autoComplete="current-password" required aria-describedby="password-error" />
      <FieldError state={state} name="password" />
      {needsCode ? (
        <>
          <label htmlFor="reauth-code">{t("code")}</label>
          <input id="reauth-code" name="code" autoComplete="one-time-code" required maxLength={32} aria-describedby="code-error" />
          <FieldError state={state} name="code" />
        </>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
