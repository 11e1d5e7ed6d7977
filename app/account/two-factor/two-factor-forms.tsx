"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { confirmEnrolmentAction, regenerateRecoveryCodesAction, resetOwnTwoFactorAction, startEnrolmentAction } from "./actions";

function SignInAgain() {
  const t = useTranslations("account.twoFactor");
  return (
    <p>
      <button type="button" onClick={() => void signOut({ callbackUrl: "/signin" })}>
        {t("signInAgain")}
      </button>
    </p>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("account.twoFactor");
  return (
    <div className="alert" role="note">
      <p>{t.rich("writeDown", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ol data-testid="recovery-codes" className="copy-box" dir="ltr">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

const codesOf = (data: unknown) => (data as { recoveryCodes?: string[] } | undefined)?.recoveryCodes;

export function StartEnrolmentForm() {
  const t = useTranslations("account.twoFactor");
  const [state, action, pending] = useActionState(startEnrolmentAction, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending}>
        {t("start")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function ConfirmEnrolmentForm() {
  const t = useTranslations("account.twoFactor");
  const [state, action, pending] = useActionState(confirmEnrolmentAction, null);
  const codes = state?.ok ? codesOf(state.data) : undefined;
  if (codes) {
    return (
      <>
        <FormStatus state={state} />
        <RecoveryCodes codes={codes} />
        <SignInAgain />
      </>
    );
  }
  return (
    <form action={action}>
      <label htmlFor="code">{t("appCode")}</label>
      <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={8} aria-describedby="code-error" />
      <FieldError state={state} name="code" />
      <p>
        <button type="submit" disabled={pending}>
          {t("turnOn")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

export function RegenerateRecoveryCodesForm() {
  const t = useTranslations("account.twoFactor");
  const [state, action, pending] = useActionState(regenerateRecoveryCodesAction, null);
  const codes = state?.ok ? codesOf(state.data) : undefined;
  return (
    <form action={action}>
      <button type="submit" className="secondary" disabled={pending}>
        {t("makeNewCodes")}
      </button>
      <FormStatus state={state} />
      {codes ? <RecoveryCodes codes={codes} /> : null}
    </form>
  );
}

export function ResetOwnTwoFactorForm() {
  const t = useTranslations("account.twoFactor");
  const [state, action, pending] = useActionState(resetOwnTwoFactorAction, null);
  if (state?.ok) {
    return (
      <>
        <FormStatus state={state} />
        <SignInAgain />
      </>
    );
  }
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("confirmTurnOff"))) e.preventDefault();
      }}
    >
      <button type="submit" className="danger" disabled={pending}>
        {t("turnOff")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
