// What a finished kit or PDF job offers its partner: the file (once), or why there is none.
import { getLocale, getTranslations } from "next-intl/server";
import type { peekPreparedDownload } from "@/lib/delivery/prepared/fetch-prepared-download";
import { partnerMessage } from "@/lib/delivery/partner-messages";
import type { RenderLocale } from "@/lib/i18n/locales";

type Peeked = Awaited<ReturnType<typeof peekPreparedDownload>>;

export async function PreparedDownloadResult({ jobId, outcome }: { jobId: string; outcome: Peeked }) {
  const [t, locale] = await Promise.all([getTranslations("jobs.prepared"), getLocale() as Promise<RenderLocale>]);
  switch (outcome.state) {
    case "ready":
      return (
        <p>
          <a className="button" href={`/jobs/${encodeURIComponent(jobId)}/download`} data-testid="prepared-download" download>
            {t.rich("download", { fileName: outcome.prepared.fileName ?? "", file: (chunks) => <bdi>{chunks}</bdi> })}
          </a>{" "}
          <span className="muted">{t("once")}</span>
        </p>
      );
    case "refused":
      return (
        <p className="alert alert-error" role="alert">
          {partnerMessage(outcome.message, locale)}
        </p>
      );
    case "gone":
      return <p>{t("gone")}</p>;
    case "not-found":
      return <p>{t("notFound")}</p>;
    default:
      return null;
  }
}
