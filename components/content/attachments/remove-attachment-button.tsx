"use client";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { removeAttachmentAction } from "@/app/(staff)/content/[itemId]/attachments/actions";

export function RemoveAttachmentButton({ itemId, attachmentId, version, fileName }: { itemId: string; attachmentId: string; version: number; fileName: string }) {
  const [state, remove, pending] = useFormAction(removeAttachmentAction);
  return (
    <form method="post" onSubmit={remove} className="inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Remove ${fileName}`}>
        Remove
      </button>
      <FormStatus state={state} />
    </form>
  );
}
