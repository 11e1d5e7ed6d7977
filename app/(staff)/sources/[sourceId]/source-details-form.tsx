"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateSourceAction } from "../actions";
import { PublicSourceFields } from "../source-fields";

type Props = {
  source: { id: string; version: number; pseudonym: string | null; riskLevel: string; handlingEditorId: string };
  editors: { id: string; name: string }[];
};

export function SourceDetailsForm({ source, editors }: Props) {
  const t = useTranslations("sources.source");
  const [state, onSubmit, pending] = useFormAction(updateSourceAction);
  return (
    // Keyed by version: a saved change (or someone else's, after a reload) refreshes the fields.
    <form method="post" onSubmit={onSubmit} key={source.version}>
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="version" value={source.version} />
      <PublicSourceFields idPrefix="edit" state={state} editors={editors} defaults={{ ...source }} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("saveDetails")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
