import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { requestId } from "@/lib/request-id";
import { getPortalItem } from "@/lib/delivery/get-portal-item";
import { countPortalRequest } from "@/lib/delivery/portal-rate-limit";
import { FORMAT_LABELS, DOWNLOAD_FORMATS } from "@/lib/delivery/formats";
import { CONTENT_TYPE_LABELS } from "@/lib/content/vocabulary";
import { textDirection, languageLabel } from "@/lib/testimony/languages";

export const metadata: Metadata = { title: "Shared item" };

export default async function PortalItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const partner = await requirePermission("portal:view");
  const id = await requestId();
  // A page cannot answer 429 itself: it says so instead, and reads nothing of the item.
  const tooMany = await countPortalRequest(partner, "preview", id);
  if (tooMany) {
    return (
      <>
        <h1>Too many requests</h1>
        <p className="alert alert-error" role="alert" data-testid="rate-limited">
          {tooMany.message}
        </p>
      </>
    );
  }
  const item = await getPortalItem(partner, (await params).itemId, id);
  if (!item) notFound();
  const base = `/portal/items/${encodeURIComponent(item.id)}`;
  return (
    <>
      <p>
        <Link href="/portal">← All shared campaigns</Link>
      </p>
      <h1 lang={item.language} dir="auto">
        {item.title ?? "An item that is not available"}
      </h1>
      <p className="muted">
        {CONTENT_TYPE_LABELS[item.type]} · {languageLabel(item.language)}
        {item.publishedAt ? ` · published ${item.publishedAt.toISOString().slice(0, 10)}` : ""}
      </p>
      {item.refusal ? (
        <p className="alert alert-error" role="alert" data-testid="download-refusal">
          {item.refusal}
        </p>
      ) : (
        <>
          <section className="card" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">Download</h2>
            <p className="muted">Every download is marked for your organisation and recorded.</p>
            <ul className="toolbar" aria-label="Formats" style={{ paddingLeft: 0 }}>
              {DOWNLOAD_FORMATS.map((format) => (
                <li key={format} style={{ listStyle: "none" }}>
                  <a className="button" href={`${base}/download?format=${format}`} download>
                    {FORMAT_LABELS[format]}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <div className="card content-preview" lang={item.language} dir={textDirection(item.language)} dangerouslySetInnerHTML={{ __html: item.html ?? "" }} />
          <p className="muted" data-testid="prepared-for">
            {item.preparedFor}
          </p>
          {item.attachments.length > 0 ? (
            <section className="card" aria-labelledby="images-heading">
              <h2 id="images-heading">Images</h2>
              {item.attachments.map((image) => (
                <figure key={image.id}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our own handler, re-encoded */}
                  <img src={`${base}/images/${image.id}`} alt={image.altText ?? ""} width={image.width ?? undefined} height={image.height ?? undefined} style={{ maxWidth: "100%", height: "auto" }} />
                  <figcaption>
                    {image.caption ? <span dir="auto">{image.caption} · </span> : null}
                    <a href={`${base}/images/${image.id}?download=1`} download>
                      Download image
                    </a>
                  </figcaption>
                </figure>
              ))}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
