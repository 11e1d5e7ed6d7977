"use client";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { verifyChainAction } from "./actions";

/** Labels come from the server: the audit catalogue (every action's name) stays off the browser. */
export function VerifyChainButton({ labels }: { labels: { verify: string; verifying: string } }) {
  const [state, action, pending] = useActionState(verifyChainAction, null);
  return (
    <form action={action} className="inline-form">
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? labels.verifying : labels.verify}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
