import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { requestId } from "@/lib/request-id";
import { getPortalItem } from "@/lib/delivery/get-portal-item";
import { countPortalRequest, rateRefusalText } from "@/lib/delivery/portal-rate-limit";
import { CARD_CONTENT_TYPES, DOWNLOAD_FORMATS, isCardFormat } from "@/lib/delivery/formats";
import { PictureCardForm } from "@/components/portal/picture-card-form";
import { partnerMessage } from "@/lib/delivery/partner-messages";
import { textDirection } from "@/lib/testimony/languages";
import type { RenderLocale } from "@/lib/i18n/locales";
import { languageName } from "@/components/portal/language-name";
import { PostLengthTable } from "@/components/portal/post-length-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.item"))("title") };
}

export default async function PortalItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const partner = await requirePermission("portal:view");
  const id = await requestId();
  const [t, format, locale] = await Promise.all([getTranslations("portal"), getFormatter(), getLocale() as Promise<RenderLocale>]);
  // A page cannot answer 429 itself: it says so instead, and reads nothing of the item.
  const tooMany = await countPortalRequest(partner, "preview", id);
  if (tooMany) {
    return (
      <>
        <h1>{t("item.tooMany")}</h1>
        <p className="alert alert-error" role="alert" data-testid="rate-limited">
          {rateRefusalText(tooMany, locale)}
        </p>
      </>
    );
  }
  const item = await getPortalItem(partner, (await params).itemId, id, locale);
  if (!item) notFound();
  const base = `/portal/items/${encodeURIComponent(item.id)}`;
  return (
    <>
      <p>
        <Link href="/portal">{t("item.back")}</Link>
      </p>
      {item.title ? (
        <h1 lang={item.language} dir="auto">
          {item.title}
        </h1>
      ) : (
        <h1>{t("item.unavailableTitle")}</h1>
      )}
      <p className="muted">
        {t(`types.${item.type}`)} · {languageName(t, item.language)}
        {item.publishedAt ? ` · ${t("item.published", { date: format.dateTime(item.publishedAt, { dateStyle: "medium" }) })}` : ""}
      </p>
      {item.refusal ? (
        <p className="alert alert-error" role="alert" data-testid="download-refusal">
          {partnerMessage(item.refusal, locale)}
        </p>
      ) : (
        <>
          <section className="card" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{t("item.download")}</h2>
            <p className="muted">{t("item.downloadNote")}</p>
            <ul className="toolbar" aria-label={t("item.formatsLabel")} style={{ paddingInlineStart: 0 }}>
              {DOWNLOAD_FORMATS.filter((download) => !isCardFormat(download)).map((download) => (
                <li key={download} style={{ listStyle: "none" }}>
                  <a className="button" href={`${base}/download?format=${download}`} download>
                    {t(`formats.${download}`)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          {CARD_CONTENT_TYPES.includes(item.type) ? <PictureCardForm action={`${base}/download`} /> : null}
          <div className="card content-preview" lang={item.language} dir={textDirection(item.language)} data-user-content dangerouslySetInnerHTML={{ __html: item.html ?? "" }} />
          <p className="muted" data-testid="prepared-for">
            {"preparedForParts" in item && item.preparedForParts ? t.rich("item.preparedFor", { ...item.preparedForParts, org: (chunks) => <bdi>{chunks}</bdi> }) : null}
          </p>
          {"postLengths" in item && item.postLengths ? <PostLengthTable lengths={item.postLengths} /> : null}
          {item.attachments.length > 0 ? (
            <section className="card" aria-labelledby="images-heading">
              <h2 id="images-heading">{t("item.images")}</h2>
              {item.attachments.map((image) => (
                <figure key={image.id}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our own handler, re-encoded */}
                  <img src={`${base}/images/${image.id}`} alt={image.altText ?? ""} data-user-content width={image.width ?? undefined} height={image.height ?? undefined} style={{ maxWidth: "100%", height: "auto" }} />
                  <figcaption>
                    {image.caption ? <span dir="auto">{image.caption} · </span> : null}
                    <a href={`${base}/images/${image.id}?download=1`} download>
                      {t("item.downloadImage")}
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
