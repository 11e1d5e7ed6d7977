import type { Metadata } from "next";
import Link from "next/link";
import { findAccessLink } from "@/lib/users/accept-access-link";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Set up your account", referrer: "no-referrer" };

// Public: the one-time token in the URL is the authority.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findAccessLink(token);
  return (
    <main className="centered">
      <h1>Set up your Countervoice account</h1>
      {link.valid ? (
        <>
          <p>
            For <strong>{link.email}</strong> ({link.role.toLowerCase()}). Choose your name as colleagues will see it and a password.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <p className="alert alert-error" role="alert">
            {link.reason}
          </p>
          <p>
            <Link href="/signin">Go to sign in</Link>
          </p>
        </>
      )}
    </main>
  );
}
