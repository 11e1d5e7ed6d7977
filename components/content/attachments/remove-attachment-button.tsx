"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { removeAttachmentAction } from "@/app/(staff)/content/[itemId]/attachments/actions";
import { isolated } from "@/lib/i18n/isolate";

export function RemoveAttachmentButton({ itemId, attachmentId, version, fileName }: { itemId: string; attachmentId: string; version: number; fileName: string }) {
  const t = useTranslations("content.attachments");
  const [state, remove, pending] = useFormAction(removeAttachmentAction);
  return (
    <form method="post" onSubmit={remove} className="inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button type="submit" className="secondary" disabled={pending} aria-label={t("removeNamed", { name: isolated(fileName) })}>
        {t("remove")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
