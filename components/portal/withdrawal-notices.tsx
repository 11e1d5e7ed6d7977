import { getFormatter, getTranslations } from "next-intl/server";
import type { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { ConfirmRemovedForm } from "./confirm-removed-form";

type Notices = Awaited<ReturnType<typeof listWithdrawalNotices>>;

const COPY_FORMATS = new Set(["md", "txt", "pdf", "zip", "kit", "image"]);

/** Items this organisation downloaded that have since been withdrawn: take them down. */
export async function WithdrawalNotices({ notices }: { notices: Notices }) {
  if (notices.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("portal.withdrawn"), getFormatter()]);
  const tFormat = await getTranslations("portal.copyFormats");
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  // deadlines are read against the clock: the zone is said (UTC, as in the notices)
  const minute = (date: Date) => format.dateTime(date, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  return (
    <section className="card notice" aria-labelledby="withdrawn-heading" data-testid="withdrawal-notices">
      <h2 id="withdrawn-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ul>
        {notices.map((notice) => {
          const why = notice.underReview ? t("underReview") : notice.consentWithdrawn ? t("consentWithdrawn") : t("retired");
          const copies = format.list(notice.downloads.map((d) => t("copy", { reference: d.reference, format: tFormat(COPY_FORMATS.has(d.format) ? d.format : "other"), date: day(d.createdAt) })));
          const references = format.list(notice.downloads.map((d) => t("reference", { reference: d.reference })));
          return (
            <li key={notice.id}>
              {/* A title the leak guard flags is replaced by the reference of this organisation's copy. */}
              {notice.titleWithheld ? (
                <strong data-testid="withheld-title">{t("withheldTitle", { reference: notice.downloads[0]!.reference })}</strong>
              ) : (
                <strong lang={notice.language} dir="auto">
                  {notice.title}
                </strong>
              )}{" "}
              — {why}
              {notice.retiredAt ? ` ${t("on", { date: day(notice.retiredAt) })}` : ""}. {t("copies", { copies })}
              {notice.takedown ? (
                notice.takedown.acknowledgedAt ? (
                  <>
                    {" "}
                    <span className="badge badge-ok" data-testid="removal-confirmed">
                      {t("removalConfirmed", { date: minute(notice.takedown.acknowledgedAt) })}
                    </span>
                  </>
                ) : (
                  <>
                    {" "}
                    <span className={notice.takedown.overdue ? "badge badge-danger" : "muted"}>{notice.takedown.overdue ? t("overdue") : t("removeBy", { date: minute(notice.takedown.deadlineAt) })}</span>
                    <ConfirmRemovedForm takedownId={notice.takedown.id} label={t("confirmLabel", { references })} text={t("confirm")} />
                  </>
                )
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
