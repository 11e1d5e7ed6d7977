"use client";
// The workflow steps this user may take now; the server checks each again.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { approveItemAction, publishItemAction, requestChangesAction, retireItemAction, submitItemAction } from "@/app/(staff)/content/actions";

type May = { submit: boolean; review: boolean; approve: boolean; publish: boolean; retire: boolean };

function Step({ action, itemId, version, label, children }: { action: typeof submitItemAction; itemId: string; version: number; label: string; children?: React.ReactNode }) {
  const [state, run, pending] = useFormAction(action);
  return (
    <form method="post" onSubmit={run} className="inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="expectedVersion" value={version} />
      {children}
      <button type="submit" disabled={pending}>
        {label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function WorkflowButtons({ itemId, version, may, reviewers = [] }: { itemId: string; version: number; may: May; reviewers?: { id: string; name: string }[] }) {
  return (
    <div className="toolbar">
      {may.submit ? (
        <Step action={submitItemAction} itemId={itemId} version={version} label="Submit for review">
          {/* Only the reviewer chosen here may read and decide on the item. */}
          <label htmlFor="submit-reviewer">Reviewer</label>
          <select id="submit-reviewer" name="reviewerId" required defaultValue="">
            <option value="" disabled>
              Choose a reviewer…
            </option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Step>
      ) : null}
      {may.review && may.approve ? <Step action={approveItemAction} itemId={itemId} version={version} label="Approve" /> : null}
      {may.review && !may.approve ? <p className="muted">You edited or submitted a version of this item, so another reviewer must approve it.</p> : null}
      {may.review ? (
        <Step action={requestChangesAction} itemId={itemId} version={version} label="Request changes">
          <label htmlFor="changes-comment" className="sr-only">
            What needs to change
          </label>
          <input id="changes-comment" name="comment" placeholder="What needs to change" required />
        </Step>
      ) : null}
      {may.publish ? <Step action={publishItemAction} itemId={itemId} version={version} label="Publish" /> : null}
      {may.retire ? (
        <Step action={retireItemAction} itemId={itemId} version={version} label="Retire">
          <label htmlFor="retire-reason" className="sr-only">
            Reason for retiring
          </label>
          <input id="retire-reason" name="reason" placeholder="Reason" required />
        </Step>
      ) : null}
    </div>
  );
}
