"use client";
// "Confirm removed": the partner tells the editors every copy of a taken-down item is gone.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { acknowledgeTakedownAction } from "@/app/(partner)/portal/actions";

export function ConfirmRemovedForm({ takedownId, label }: { takedownId: string; label: string }) {
  const [state, confirm, pending] = useFormAction(acknowledgeTakedownAction);
  return (
    <form method="post" onSubmit={confirm} className="inline-form">
      <input type="hidden" name="takedownId" value={takedownId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Confirm removed: ${label}`}>
        Confirm removed
      </button>
      <FormStatus state={state} />
    </form>
  );
}
