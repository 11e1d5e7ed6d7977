import type { Metadata } from "next";
import Link from "next/link";
import { emailEnabled } from "@/lib/notices/email-settings";
import { RESET_BY_EMAIL_OFF } from "@/lib/auth/password-reset/request-password-reset";
import { DemoBanner } from "@/components/demo-banner";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };
// Whether this server sends email is read at request time, never baked in at build.
export const dynamic = "force-dynamic";

// Public: asking for a link tells nobody whether an account exists.
export default function ForgotPasswordPage() {
  return (
    <main className="centered">
      <DemoBanner />
      <h1>Forgot your password?</h1>
      {emailEnabled() ? (
        <>
          <p>Enter the email address of your account. We will send a link to choose a new password.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="alert" role="status" data-testid="reset-email-off">
          {RESET_BY_EMAIL_OFF}
        </p>
      )}
      <p>
        <Link href="/signin">Back to sign in</Link>
      </p>
    </main>
  );
}
