"use client";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { createSourceAction } from "../actions";
import { PublicSourceFields } from "../source-fields";
import styles from "../sources.module.css";

export function NewSourceForm({ editors, currentEditorId }: { editors: { id: string; name: string }[]; currentEditorId: string }) {
  const t = useTranslations("sources.new");
  const [state, onSubmit, pending] = useFormAction(createSourceAction);
  return (
    <form method="post" onSubmit={onSubmit}>
      <PublicSourceFields idPrefix="new" state={state} editors={editors} defaults={{ pseudonym: null, riskLevel: "HIGH", handlingEditorId: currentEditorId }} />
      <fieldset className={styles.fieldset}>
        <legend>{t("identifiersLegend")}</legend>
        <label htmlFor="new-real-name">{t("realName")}</label>
        <input id="new-real-name" name="realName" maxLength={200} autoComplete="off" dir="auto" />
        <FieldError state={state} name="realName" />
        <label htmlFor="new-notes">{t("notes")}</label>
        <textarea id="new-notes" name="notes" rows={5} maxLength={10000} dir="auto" />
        <FieldError state={state} name="notes" />
      </fieldset>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
