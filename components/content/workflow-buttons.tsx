"use client";
// The workflow steps this user may take now; the server checks each again.
import { useTranslations } from "next-intl";
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
  const t = useTranslations("content.workflow");
  return (
    <div className="toolbar">
      {may.submit ? (
        <Step action={submitItemAction} itemId={itemId} version={version} label={t("submit")}>
          {/* Only the reviewer chosen here may read and decide on the item. */}
          <label htmlFor="submit-reviewer">{t("reviewer")}</label>
          <select id="submit-reviewer" name="reviewerId" required defaultValue="">
            <option value="" disabled>
              {t("chooseReviewer")}
            </option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id} dir="auto">
                {r.name}
              </option>
            ))}
          </select>
        </Step>
      ) : null}
      {may.review && may.approve ? <Step action={approveItemAction} itemId={itemId} version={version} label={t("approve")} /> : null}
      {may.review && !may.approve ? <p className="muted">{t("selfApproval")}</p> : null}
      {may.review ? (
        <Step action={requestChangesAction} itemId={itemId} version={version} label={t("requestChanges")}>
          <label htmlFor="changes-comment" className="sr-only">
            {t("whatToChange")}
          </label>
          <input id="changes-comment" name="comment" placeholder={t("whatToChange")} required dir="auto" />
        </Step>
      ) : null}
      {may.publish ? <Step action={publishItemAction} itemId={itemId} version={version} label={t("publish")} /> : null}
      {may.retire ? (
        <Step action={retireItemAction} itemId={itemId} version={version} label={t("retire")}>
          <label htmlFor="retire-reason" className="sr-only">
            {t("retireReason")}
          </label>
          <input id="retire-reason" name="reason" placeholder={t("reason")} required dir="auto" />
        </Step>
      ) : null}
    </div>
  );
}
