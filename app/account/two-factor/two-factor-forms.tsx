"use client";
import { signOut } from "next-auth/react";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { confirmEnrolmentAction, regenerateRecoveryCodesAction, resetOwnTwoFactorAction, startEnrolmentAction } from "./actions";

function SignInAgain() {
  return (
    <p>
      <button type="button" onClick={() => void signOut({ callbackUrl: "/signin" })}>
        Sign in again
      </button>
    </p>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="alert" role="note">
      <p>
        <strong>Write these recovery codes down or print them now: they are shown only this once.</strong> Keep them apart from your phone.
      </p>
      <ol data-testid="recovery-codes" className="copy-box">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

const codesOf = (data: unknown) => (data as { recoveryCodes?: string[] } | undefined)?.recoveryCodes;

export function StartEnrolmentForm() {
  const [state, action, pending] = useActionState(startEnrolmentAction, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending}>
        Set up two-factor sign-in
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function ConfirmEnrolmentForm() {
  const [state, action, pending] = useActionState(confirmEnrolmentAction, null);
  const codes = state?.ok ? codesOf(state.data) : undefined;
  if (codes) {
    return (
      <>
        <FormStatus state={state} />
        <RecoveryCodes codes={codes} />
        <SignInAgain />
      </>
    );
  }
  return (
    <form action={action}>
      <label htmlFor="code">Code from your app</label>
      <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={8} aria-describedby="code-error" />
      <FieldError state={state} name="code" />
      <p>
        <button type="submit" disabled={pending}>
          Turn on two-factor sign-in
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

export function RegenerateRecoveryCodesForm() {
  const [state, action, pending] = useActionState(regenerateRecoveryCodesAction, null);
  const codes = state?.ok ? codesOf(state.data) : undefined;
  return (
    <form action={action}>
      <button type="submit" className="secondary" disabled={pending}>
        Make new recovery codes
      </button>
      <FormStatus state={state} />
      {codes ? <RecoveryCodes codes={codes} /> : null}
    </form>
  );
}

export function ResetOwnTwoFactorForm() {
  const [state, action, pending] = useActionState(resetOwnTwoFactorAction, null);
  if (state?.ok) {
    return (
      <>
        <FormStatus state={state} />
        <SignInAgain />
      </>
    );
  }
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("Turn off two-factor sign-in? All your sessions end.")) e.preventDefault();
      }}
    >
      <button type="submit" className="danger" disabled={pending}>
        Turn off two-factor sign-in
      </button>
      <FormStatus state={state} />
    </form>
  );
}
