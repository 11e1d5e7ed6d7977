"use client";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { verifyChainAction } from "./actions";

export function VerifyChainButton() {
  const [state, action, pending] = useActionState(verifyChainAction, null);
  return (
    <form action={action} className="inline-form">
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Verifying…" : "Verify the chain now"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
