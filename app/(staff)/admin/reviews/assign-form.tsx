"use client";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { assignReviewerAction } from "./actions";

export function AssignForm({ kind, targetId, label, reviewers }: { kind: "redaction" | "item"; targetId: string; label: string; reviewers: { id: string; name: string }[] }) {
  const t = useTranslations("admin.reviews");
  const [state, assign, pending] = useFormAction(assignReviewerAction);
  const id = `assign-${targetId}`;
  return (
    <form method="post" onSubmit={assign} className="inline-form">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="targetId" value={targetId} />
      <label htmlFor={id} className="sr-only">
        {t("reviewerFor", { label })}
      </label>
      <select id={id} name="reviewerId" required defaultValue="">
        <option value="" disabled>
          {t("chooseReviewer")}
        </option>
        {reviewers.map((r) => (
          <option key={r.id} value={r.id} dir="auto">
            {r.name}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending}>
        {t("assign")}
      </button>
      <FieldError state={state} name="reviewerId" />
      <FormStatus state={state} />
    </form>
  );
}
