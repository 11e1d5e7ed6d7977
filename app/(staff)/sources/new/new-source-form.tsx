"use client";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { createSourceAction } from "../actions";
import { PublicSourceFields } from "../source-fields";
import styles from "../sources.module.css";

export function NewSourceForm({ editors, currentEditorId }: { editors: { id: string; name: string }[]; currentEditorId: string }) {
  const [state, onSubmit, pending] = useFormAction(createSourceAction);
  return (
    <form method="post" onSubmit={onSubmit}>
      <PublicSourceFields idPrefix="new" state={state} editors={editors} defaults={{ pseudonym: null, riskLevel: "HIGH", handlingEditorId: currentEditorId }} />
      <fieldset className={styles.fieldset}>
        <legend>Identifiers (stored encrypted, shown only on request)</legend>
        <label htmlFor="new-real-name">Real name (optional)</label>
        <input id="new-real-name" name="realName" maxLength={200} autoComplete="off" />
        <FieldError state={state} name="realName" />
        <label htmlFor="new-notes">Notes (optional)</label>
        <textarea id="new-notes" name="notes" rows={5} maxLength={10000} dir="auto" />
        <FieldError state={state} name="notes" />
      </fieldset>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create source"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
