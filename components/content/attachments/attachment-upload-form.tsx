"use client";
// Uploads one image with its alt text and caption; the server sniffs and re-encodes it.
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { addAttachmentAction } from "@/app/(staff)/content/[itemId]/attachments/actions";

export function AttachmentUploadForm({ itemId, version }: { itemId: string; version: number }) {
  const t = useTranslations("content.attachments");
  const [state, upload, pending] = useFormAction(addAttachmentAction, { resetOnSuccess: true });
  return (
    <form method="post" encType="multipart/form-data" onSubmit={upload} className="card" aria-labelledby="upload-heading">
      <h3 id="upload-heading">{t("add")}</h3>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <label htmlFor="attachment-file">{t("file")}</label>
      <input id="attachment-file" name="file" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="file-error" />
      <FieldError state={state} name="file" />
      <label htmlFor="attachment-alt">{t("altText")}</label>
      <input id="attachment-alt" name="altText" required maxLength={500} dir="auto" aria-describedby="altText-error" />
      <FieldError state={state} name="altText" />
      <label htmlFor="attachment-caption">{t("caption")}</label>
      <input id="attachment-caption" name="caption" maxLength={500} dir="auto" />
      <p>
        <button type="submit" disabled={pending}>
          {t("upload")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
