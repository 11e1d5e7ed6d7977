import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const { welcome } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user));
  return (
    <main className="centered">
      <h1>Sign in to Countervoice</h1>
      {welcome ? (
        <p className="alert alert-ok" role="status">
          Your account is ready. Sign in with your new password.
        </p>
      ) : null}
      <SignInForm />
    </main>
  );
}
