import type { Metadata } from "next";
import Link from "next/link";
import { findPasswordResetLink } from "@/lib/auth/password-reset/find-password-reset-link";
import { ASK_AN_ADMIN } from "@/lib/auth/password-reset/find-password-reset-link";
import { DemoBanner } from "@/components/demo-banner";
import { ResetPasswordForm } from "./reset-password-form";

// no-referrer: the token in this page's address never leaves in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

// Public: the one-time token in the URL is the authority. Every invalid token reads the same.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findPasswordResetLink(token);
  return (
    <main className="centered">
      <DemoBanner />
      <h1>Choose a new password</h1>
      {!link.valid ? (
        <p className="alert alert-error" role="alert">
          {link.reason}
        </p>
      ) : link.secondFactor === "ask-admin" ? (
        <p className="alert alert-error" role="alert" data-testid="reset-ask-admin">
          {ASK_AN_ADMIN}
        </p>
      ) : (
        <>
          <p>Setting a new password signs you out everywhere you are signed in.</p>
          <ResetPasswordForm token={token} email={link.email} askCode={link.secondFactor === "code"} />
        </>
      )}
      <p>
        <Link href={link.valid ? "/signin" : "/forgot-password"}>{link.valid ? "Back to sign in" : "Ask for a new link"}</Link>
      </p>
    </main>
  );
}
