"use client";
// The reviewer ticks every quasi-identifier above the threshold and gives one reason;
// the server checks again that each is ticked and that the version is still this one.
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { acknowledgeFindingsAction } from "@/app/(staff)/content/actions";
import styles from "./disclosure.module.css";

type Finding = { hash: string; label: string };

export function AcknowledgeForm({ itemId, version, findings }: { itemId: string; version: number; findings: Finding[] }) {
  const t = useTranslations("disclosure.acknowledge");
  const [state, onSubmit, pending] = useFormAction(acknowledgeFindingsAction);
  return (
    <form method="post" onSubmit={onSubmit} data-testid="acknowledge-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <fieldset>
        <legend>{t("legend", { version })}</legend>
        {findings.map((f) => (
          <label key={f.hash} className={styles.check}>
            <input type="checkbox" name="factHashes[]" value={f.hash} required />
            <span>{t("weighed", { label: f.label })}</span>
          </label>
        ))}
        <FieldError state={state} name="factHashes" />
        <label htmlFor="ack-reason">{t("reason")}</label>
        <textarea id="ack-reason" name="reason" rows={3} required minLength={10} maxLength={1000} dir="auto" aria-describedby={state && !state.ok && state.fieldErrors?.reason ? "reason-error" : undefined} />
        <FieldError state={state} name="reason" />
      </fieldset>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("acknowledging") : t("acknowledge")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
