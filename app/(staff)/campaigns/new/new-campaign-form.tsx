"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { createCampaignAction } from "../actions";
import { CampaignFields, EMPTY_CAMPAIGN } from "../campaign-fields";

export function NewCampaignForm() {
  const t = useTranslations("campaigns.new");
  const [state, onSubmit, pending] = useFormAction(createCampaignAction);
  return (
    <form method="post" onSubmit={onSubmit}>
      <CampaignFields idPrefix="new" state={state} defaults={EMPTY_CAMPAIGN} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
