// Tells the owner of an account, on their first page, that someone has been failing to sign in to it.
import type { Actor } from "@/lib/auth/policy";
import { failedSignInsSinceLastSignIn } from "@/lib/auth/failed-sign-ins";

const when = (date: Date) => `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;

export async function FailedSignInNotice({ actor }: { actor: Actor }) {
  const failures = await failedSignInsSinceLastSignIn(actor);
  if (!failures) return null;
  const count = `${failures.atLeast ? "At least " : ""}${failures.count} failed sign-in${failures.count === 1 ? "" : "s"}`;
  return (
    <section className="card alert-error" aria-labelledby="failed-sign-ins-heading" data-testid="failed-sign-in-notice">
      <h2 id="failed-sign-ins-heading">Failed sign-ins to your account</h2>
      <p>
        {count} to your account since your last sign-in, the last from {failures.lastFrom} at {when(failures.lastAt)}.
      </p>
      <p className="muted">
        If that was not you, someone may be guessing your password: your account is not locked, but each further guess has to wait longer. Use a password you use nowhere else, turn on two-factor sign-in, and tell an administrator.
      </p>
    </section>
  );
}
