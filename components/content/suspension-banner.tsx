"use client";
// A suspended item: why (in words that never repeat the identifier) and the way out this
// person may take. The server checks each step again.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { liftSuspensionAction, reopenSuspendedItemAction } from "@/app/(staff)/content/actions";

function Step({ action, itemId, version, label }: { action: typeof liftSuspensionAction; itemId: string; version: number; label: string }) {
  const [state, run, pending] = useFormAction(action);
  return (
    <form method="post" onSubmit={run} className="inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button type="submit" disabled={pending}>
        {label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function SuspensionBanner({ itemId, version, since, reason, may }: { itemId: string; version: number; since: Date; reason: string; may: { reopen: boolean; lift: boolean } }) {
  return (
    <section className="card notice" role="alert" aria-labelledby="suspended-heading" data-testid="suspension-banner">
      <h2 id="suspended-heading">Suspended: possible identifier</h2>
      <p>
        {reason} Since {since.toISOString().slice(0, 16).replace("T", " ")} UTC it is not delivered to partners, and organisations that downloaded it have been asked to take it down.
      </p>
      <p className="muted">Reopen it to fix the text and send it through review again; or, if the match was a mistake that has since been corrected (say, a wrong dictionary entry removed), a reviewer can lift the suspension — the full check runs again first.</p>
      <div className="toolbar">
        {may.reopen ? <Step action={reopenSuspendedItemAction} itemId={itemId} version={version} label="Reopen to fix" /> : null}
        {may.lift ? <Step action={liftSuspensionAction} itemId={itemId} version={version} label="Lift the suspension" /> : null}
      </div>
    </section>
  );
}
