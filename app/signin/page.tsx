import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, getSessionClaims } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";
import { endReasonOf } from "@/lib/auth/user-sessions";
import { databaseMode, env } from "@/lib/env";
import { DemoBanner } from "@/components/demo-banner";
import { getLocale } from "next-intl/server";
import { LanguagePicker } from "@/components/language-picker";
import { isAppLocale } from "@/lib/i18n/locales";
import { SignInForm } from "./sign-in-form";
import { chooseSignInLanguageAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

async function endedSessionNotice(): Promise<string | null> {
  const claims = await getSessionClaims();
  if (typeof claims?.sid !== "string") return null;
  const reason = await endReasonOf(claims.sid);
  if (reason === "idle") return `You were signed out after ${env().SESSION_IDLE_MINUTES} minutes without activity.`;
  if (reason === "expired") return "Your session reached its time limit. Sign in again.";
  if (reason === "factor-changed") return "Your two-factor sign-in changed, so every session ended. Sign in again.";
  if (reason === "password-reset") return "Your password was reset, so every session ended. Sign in with the new password.";
  return null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ welcome?: string; reset?: string }> }) {
  const { welcome, reset } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  const ended = await endedSessionNotice();
  const locale = await getLocale();
  return (
    <main className="centered">
      <DemoBanner />
      <h1>Sign in to Countervoice</h1>
      {welcome ? (
        <p className="alert alert-ok" role="status">
          Your account is ready. Sign in with your new password.
        </p>
      ) : null}
      {reset ? (
        <p className="alert alert-ok" role="status" data-testid="password-reset-done">
          Your password has been changed and every session of your account has ended. Sign in with your new password.
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
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      {databaseMode() === "pglite" ? (
        <p className="muted" data-testid="demo-two-factor-notice">
          Embedded demo: the seeded demo accounts (…@demo.test, listed in the README) sign in with a password alone; two-factor sign-in is not enforced for them. Every other admin or reviewer, and any editor handling a high- or critical-risk source, must set it up; on PostgreSQL nobody is exempt.
        </p>
      ) : null}
    </main>
  );
}
