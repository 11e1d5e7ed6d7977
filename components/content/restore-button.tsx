"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { restoreVersionAction } from "@/app/(staff)/content/actions";

export function RestoreButton({ itemId, expectedVersion, number }: { itemId: string; expectedVersion: number; number: number }) {
  const t = useTranslations("content.versions");
  const [state, restore, pending] = useFormAction(restoreVersionAction);
  return (
    <form method="post" onSubmit={restore} className="inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <input type="hidden" name="number" value={number} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("restore", { version: number })}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
