// The item's images, served by the attachments route handler, with the upload form
// for those who may edit the item now.
import type { ItemView } from "@/lib/content/get-item";
import { AttachmentUploadForm } from "./attachment-upload-form";
import { RemoveAttachmentButton } from "./remove-attachment-button";

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

export function AttachmentsPanel({ item, editable }: { item: Pick<ItemView, "id" | "version" | "language" | "attachments">; editable: boolean }) {
  return (
    <section aria-labelledby="attachments-heading" data-testid="attachments">
      <h2 id="attachments-heading">Images</h2>
      {item.attachments.length === 0 ? <p className="muted">No images yet.</p> : null}
      <ul className="attachment-list">
        {item.attachments.map((a) => (
          <li key={a.id}>
            <figure>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own guarded route, not optimisable */}
              <img src={`/content/${item.id}/attachments/${a.id}`} alt={a.altText ?? ""} width={a.width ?? undefined} height={a.height ?? undefined} style={{ maxWidth: "16rem", height: "auto" }} />
              <figcaption dir="auto" lang={item.language}>
                {a.caption ? <span>{a.caption} · </span> : null}
                <span className="muted">
                  {a.fileName} · {a.width}×{a.height} · {kilobytes(a.size)}
                </span>
              </figcaption>
            </figure>
            {editable ? <RemoveAttachmentButton itemId={item.id} attachmentId={a.id} version={item.version} fileName={a.fileName} /> : null}
          </li>
        ))}
      </ul>
      {editable ? <AttachmentUploadForm itemId={item.id} version={item.version} /> : null}
    </section>
  );
}
