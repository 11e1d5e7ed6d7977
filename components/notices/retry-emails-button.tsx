"use client";
// Puts one dead message, or the whole dead-letter list, back in the queue.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { retryEmailsAction } from "@/app/(staff)/admin/notices/actions";

export function RetryEmailsButton({ emailId }: { emailId?: string }) {
  const [state, run, pending] = useFormAction(retryEmailsAction);
  return (
    <form method="post" onSubmit={run} className="inline-form">
      {emailId ? <input type="hidden" name="emailId" value={emailId} /> : <input type="hidden" name="all" value="dead" />}
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Queuing…" : emailId ? "Retry" : "Retry every dead message"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
