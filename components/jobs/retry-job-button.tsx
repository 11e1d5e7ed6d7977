"use client";
// Puts one dead background job back in the queue, with all its tries again.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { retryJobAction } from "@/app/(staff)/admin/jobs/actions";

export function RetryJobButton({ jobId }: { jobId: string }) {
  const [state, run, pending] = useFormAction(retryJobAction);
  return (
    <form method="post" onSubmit={run} className="inline-form">
      <input type="hidden" name="jobId" value={jobId} />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Queuing…" : "Retry"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
