import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findPasswordResetLink } from "@/lib/auth/password-reset/find-password-reset-link";
import { PASSWORD_RESET_TTL_MINUTES } from "@/lib/auth/password-reset/reset-link-ttl";
import { DemoBanner } from "@/components/demo-banner";
import { ResetPasswordForm } from "./reset-password-form";

// no-referrer: the token in this page's address never leaves in a Referer header.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title"), referrer: "no-referrer" };
}

// Public: the one-time token in the URL is the authority. Every invalid token reads the same.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([findPasswordResetLink(token), getTranslations("auth.reset")]);
  return (
    <main className="centered">
      <DemoBanner />
      <h1>{t("title")}</h1>
      {!link.valid ? (
        <p className="alert alert-error" role="alert">
          {t("linkInvalid", { minutes: PASSWORD_RESET_TTL_MINUTES })}
        </p>
      ) : link.secondFactor === "ask-admin" ? (
        <p className="alert alert-error" role="alert" data-testid="reset-ask-admin">
          {t("askAdmin")}
        </p>
      ) : (
        <>
          <p>{t("signsOutEverywhere")}</p>
          <ResetPasswordForm token={token} email={link.email} askCode={link.secondFactor === "code"} />
        </>
      )}
      <p>
        <Link href={link.valid ? "/signin" : "/forgot-password"}>{link.valid ? t("backToSignIn") : t("askNewLink")}</Link>
      </p>
    </main>
  );
}
