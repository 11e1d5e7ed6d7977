"use client";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="card">
      <input type="hidden" name="token" value={token} />
      <label htmlFor="name">Your name</label>
      <input id="name" name="name" required maxLength={120} autoComplete="name" />
      <FieldError state={state} name="name" />
      <label htmlFor="password">Password (at least {PASSWORD_MIN_LENGTH} characters)</label>
      <input id="password" name="password" type="password" required minLength={PASSWORD_MIN_LENGTH} autoComplete="new-password" />
      <FieldError state={state} name="password" />
      <label htmlFor="confirm">Password again</label>
      <input id="confirm" name="confirm" type="password" required autoComplete="new-password" />
      <FieldError state={state} name="confirm" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating your account…" : "Create account"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
