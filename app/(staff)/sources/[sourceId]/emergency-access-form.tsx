"use client";
// An admin opens one hour of access to what the team reads, with a reason the team will see.
import { useRouter } from "next/navigation";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { openEmergencyAccessAction } from "../actions";

export function EmergencyAccessForm({ sourceId, sourceCode }: { sourceId: string; sourceCode: string }) {
  const router = useRouter();
  const [state, open, pending] = useFormAction(openEmergencyAccessAction, { onSuccess: () => router.refresh() });
  return (
    <form method="post" onSubmit={open} data-testid="emergency-access-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <label htmlFor="emergency-reason">Reason for emergency access to {sourceCode}</label>
      <textarea id="emergency-reason" name="reason" required minLength={15} maxLength={500} rows={2} aria-describedby="emergency-help reason-error" />
      <p id="emergency-help" className="muted">
        For one hour you may read what the team reads. The team sees your name, the time and this reason on their dashboard; it is kept for good in the audit log, so describe the need without naming anyone.
      </p>
      <FieldError state={state} name="reason" />
      <button type="submit" className="danger" disabled={pending}>
        Open emergency access for one hour
      </button>
      <FormStatus state={state} />
    </form>
  );
}
