"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateCampaignAction } from "../actions";
import { CampaignFields, type CampaignDefaults } from "../campaign-fields";

export function CampaignDetailsForm({ campaign }: { campaign: CampaignDefaults & { id: string; version: number } }) {
  // The version this form last saved (or read): sent back so a concurrent save is refused.
  const t = useTranslations("campaigns.campaign");
  const [version, setVersion] = useState(campaign.version);
  const [state, onSubmit, pending] = useFormAction(updateCampaignAction, {
    onSuccess: (data) => {
      if (data && typeof data === "object" && "version" in data) setVersion(Number(data.version));
    },
  });
  return (
    <form method="post" onSubmit={onSubmit}>
      <input type="hidden" name="campaignId" value={campaign.id} />
      <input type="hidden" name="version" value={version} />
      <CampaignFields idPrefix="campaign" state={state} defaults={campaign} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
