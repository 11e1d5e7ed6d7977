"use client";
// For admins: the weekly consent digests now rather than at the next hourly run.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { sendConsentDigestsAction } from "@/app/(staff)/admin/takedowns/actions";

export function SendConsentDigestsForm() {
  const [state, send, pending] = useFormAction(sendConsentDigestsAction);
  return (
    <section className="card" aria-labelledby="consent-digests-heading">
      <h2 id="consent-digests-heading">Consent digests</h2>
      <p>Each handling editor gets a weekly email listing their sources whose consent expires within 30 days (by code name and date). It goes out hourly; at most one a week per editor.</p>
      <form method="post" onSubmit={send}>
        <button type="submit" className="secondary" disabled={pending}>
          Send consent digests now
        </button>
        <FormStatus state={state} />
      </form>
    </section>
  );
}
