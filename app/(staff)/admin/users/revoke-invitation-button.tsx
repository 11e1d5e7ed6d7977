"use client";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { revokeInvitationAction } from "./actions";

export function RevokeInvitationButton({ linkId, email }: { linkId: string; email: string }) {
  const [state, action, pending] = useActionState(revokeInvitationAction, null);
  return (
    <form action={action} className="inline-form" onSubmit={(e) => !window.confirm(`Revoke the invitation for ${email}?`) && e.preventDefault()}>
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" className="secondary" disabled={pending}>
        Revoke
      </button>
      <FormStatus state={state} />
    </form>
  );
}
