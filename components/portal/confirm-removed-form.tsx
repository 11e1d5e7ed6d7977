"use client";
// "Confirm removed": the partner tells the editors every copy of a taken-down item is gone.
// Its words come translated from the server component that lists the take-downs.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { acknowledgeTakedownAction } from "@/app/(partner)/portal/actions";

export function ConfirmRemovedForm({ takedownId, label, text }: { takedownId: string; label: string; text: string }) {
  const [state, confirm, pending] = useFormAction(acknowledgeTakedownAction);
  return (
    <form method="post" onSubmit={confirm} className="inline-form">
      <input type="hidden" name="takedownId" value={takedownId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={label}>
        {text}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
