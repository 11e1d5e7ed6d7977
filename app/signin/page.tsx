import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, getSessionClaims } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";
import { endReasonOf } from "@/lib/auth/user-sessions";
import { databaseMode, env } from "@/lib/env";
import { DemoBanner } from "@/components/demo-banner";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguagePicker } from "@/components/language-picker";
import { isAppLocale } from "@/lib/i18n/locales";
import { SignInForm } from "./sign-in-form";
import { chooseSignInLanguageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

async function endedSessionNotice(): Promise<string | null> {
  const claims = await getSessionClaims();
  if (typeof claims?.sid !== "string") return null;
  const reason = await endReasonOf(claims.sid);
  const t = await getTranslations("auth.signIn");
  if (reason === "idle") return t("endedIdle", { minutes: env().SESSION_IDLE_MINUTES });
  if (reason === "expired") return t("endedExpired");
  if (reason === "factor-changed") return t("endedFactorChanged");
  if (reason === "password-reset") return t("endedPasswordReset");
  return null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ welcome?: string; reset?: string }> }) {
  const { welcome, reset } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const ended = await endedSessionNotice();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("auth.signIn")]);
  return (
    <main className="centered">
      <DemoBanner />
      <h1>{t("heading")}</h1>
      {welcome ? (
        <p className="alert alert-ok" role="status">
          {t("welcome")}
        </p>
      ) : null}
      {reset ? (
        <p className="alert alert-ok" role="status" data-testid="password-reset-done">
          {t("resetDone")}
        </p>
      ) : null}
      {ended && !reset ? (
        <p className="alert" role="status" data-testid="session-ended">
          {ended}
        </p>
      ) : null}
      <SignInForm />
      <LanguagePicker action={chooseSignInLanguageAction} current={isAppLocale(locale) ? locale : "en"} compact />
      <p>
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
      {databaseMode() === "pglite" ? (
        <p className="muted" data-testid="demo-two-factor-notice">
          {t("demoTwoFactor")}
        </p>
      ) : null}
    </main>
  );
}
