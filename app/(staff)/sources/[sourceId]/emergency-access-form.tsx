"use client";
// An admin opens one hour of access to what the team reads, with a reason the team will see.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { openEmergencyAccessAction } from "../actions";

export function EmergencyAccessForm({ sourceId, sourceCode }: { sourceId: string; sourceCode: string }) {
  const t = useTranslations("sources.emergency");
  const router = useRouter();
  const [state, open, pending] = useFormAction(openEmergencyAccessAction, { onSuccess: () => router.refresh() });
  return (
    <form method="post" onSubmit={open} data-testid="emergency-access-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <label htmlFor="emergency-reason">{t.rich("reasonLabel", { code: sourceCode, bdi: (chunks) => <bdi>{chunks}</bdi> })}</label>
      <textarea id="emergency-reason" name="reason" required minLength={15} maxLength={500} rows={2} aria-describedby="emergency-help reason-error" dir="auto" />
      <p id="emergency-help" className="muted">
        {t("help")}
      </p>
      <FieldError state={state} name="reason" />
      <button type="submit" className="danger" disabled={pending}>
        {t("open")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
