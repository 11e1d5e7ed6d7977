import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { emailEnabled } from "@/lib/notices/email-settings";
import { DemoBanner } from "@/components/demo-banner";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgot"))("title") };
}
// Whether this server sends email is read at request time, never baked in at build.
export const dynamic = "force-dynamic";

// Public: asking for a link tells nobody whether an account exists.
export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <main className="centered">
      <DemoBanner />
      <h1>{t("forgot.title")}</h1>
      {emailEnabled() ? (
        <>
          <p>{t("forgot.intro")}</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="alert" role="status" data-testid="reset-email-off">
          {t("forgot.emailOff")}
        </p>
      )}
      <p>
        <Link href="/signin">{t("reset.backToSignIn")}</Link>
      </p>
    </main>
  );
}
