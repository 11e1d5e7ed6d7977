"use client";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { requestPasswordResetAction } from "./actions";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, null);
  return (
    <form action={action} className="card">
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required maxLength={320} aria-describedby="email-error" />
      <FieldError state={state} name="email" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send me a link"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
