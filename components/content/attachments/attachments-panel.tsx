// The item's images, served by the attachments route handler, with the upload form
// for those who may edit the item now.
import { useFormatter, useTranslations } from "next-intl";
import type { ItemView } from "@/lib/content/get-item";
import { AttachmentUploadForm } from "./attachment-upload-form";
import { isolated } from "@/lib/i18n/isolate";
import { RemoveAttachmentButton } from "./remove-attachment-button";

export function AttachmentsPanel({ item, editable }: { item: Pick<ItemView, "id" | "version" | "language" | "attachments">; editable: boolean }) {
  const t = useTranslations("content.attachments");
  const format = useFormatter();
  return (
    <section aria-labelledby="attachments-heading" data-testid="attachments">
      <h2 id="attachments-heading">{t("heading")}</h2>
      {item.attachments.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <ul className="attachment-list">
        {item.attachments.map((a) => (
          <li key={a.id}>
            <figure>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own guarded route, not optimisable */}
              <img src={`/content/${item.id}/attachments/${a.id}`} alt={a.altText ? isolated(a.altText) : ""} width={a.width ?? undefined} height={a.height ?? undefined} style={{ maxWidth: "16rem", height: "auto" }} />
              <figcaption dir="auto" lang={item.language}>
                {a.caption ? <span>{a.caption} · </span> : null}
                <span className="muted">
                  <bdi>{a.fileName}</bdi> · {a.width}×{a.height} · {t("kilobytes", { size: format.number(Math.max(1, Math.round(a.size / 1024))) })}
                </span>
              </figcaption>
            </figure>
            {/* what OCR read, so the reviewer sees what the leak guard checked */}
            <p className="muted" data-testid="picture-words">
              {a.imageText === null ? t("pictureWordsUnread") : a.imageText === "" ? t("pictureWordsNone") : t("pictureWords")}
              {a.imageText ? (
                <>
                  {" "}
                  <q dir="auto" data-user-content>{a.imageText.replace(/\s+/g, " ")}</q>
                </>
              ) : null}
            </p>
            {editable ? <RemoveAttachmentButton itemId={item.id} attachmentId={a.id} version={item.version} fileName={a.fileName} /> : null}
          </li>
        ))}
      </ul>
      {editable ? <AttachmentUploadForm itemId={item.id} version={item.version} /> : null}
    </section>
  );
}
