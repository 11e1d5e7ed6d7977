"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED, signInError } from "@/lib/auth/sign-in-errors";

// Email and password first; an account with a second factor is then asked for a
// code (from the app, or a recovery code) and the three are sent together.
export function SignInForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [askCode, setAskCode] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const data = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      code: String(data.get("code") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      setPending(false);
      if (result?.error === SECOND_FACTOR_REQUIRED && !askCode) {
        setAskCode(true);
        return;
      }
      if (result?.error === SECOND_FACTOR_REQUIRED || result?.error === SECOND_FACTOR_INVALID) setAskCode(true);
      const refusal = signInError(result?.error);
      setError(t(`signInErrors.${refusal.key}`, refusal.values));
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="card" aria-describedby={error ? "signin-error" : undefined}>
      <label htmlFor="email">{t("signIn.email")}</label>
      <input id="email" name="email" type="email" autoComplete="username" required readOnly={askCode} />
      <label htmlFor="password">{t("signIn.password")}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required readOnly={askCode} />
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
            autoFocus
          />
          <p>
            <button type="button" className="secondary" onClick={() => setUseRecovery(!useRecovery)}>
              {useRecovery ? t("code.useApp") : t("code.useRecovery")}
            </button>
          </p>
        </>
      ) : null}
      {error ? (
        <p id="signin-error" className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("signIn.submitting") : t("signIn.submit")}
        </button>
      </p>
    </form>
  );
}
