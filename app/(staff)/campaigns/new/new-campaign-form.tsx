"use client";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { createCampaignAction } from "../actions";
import { CampaignFields, EMPTY_CAMPAIGN } from "../campaign-fields";

export function NewCampaignForm() {
  const [state, onSubmit, pending] = useFormAction(createCampaignAction);
  return (
    <form method="post" onSubmit={onSubmit}>
      <CampaignFields idPrefix="new" state={state} defaults={EMPTY_CAMPAIGN} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create campaign"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
