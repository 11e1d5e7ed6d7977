import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listEmailQueue } from "@/lib/notices/email/email-queue";
import { listDemoInbox } from "@/lib/notices/email/demo-inbox";
import { EmailTable } from "@/components/notices/email-table";
import { RetryEmailsButton } from "@/components/notices/retry-emails-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.notices"))("title") };
}

const utc = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16);

export default async function NoticesPage() {
  const admin = await requirePermission("notices:manage");
  const [t, queue, inbox] = await Promise.all([getTranslations("admin.notices"), listEmailQueue(admin), listDemoInbox(admin)]);
  return (
    <>
      <h1>{t("title")}</h1>
      {queue.enabled ? (
        <p>{t("intro")}</p>
      ) : (
        <p className="alert alert-error" role="status">
          {t("emailOff")}
        </p>
      )}
      <p data-testid="email-counts">{t("counts", { pending: queue.counts.pending, sent: queue.counts.sent, dead: queue.counts.dead })}</p>

      <h2>{t("deadHeading")}</h2>
      {queue.dead.length === 0 ? (
        <p className="empty">{t("noDead")}</p>
      ) : (
        <>
          <RetryEmailsButton />
          <EmailTable caption={t("deadCaption")} rows={queue.dead} when={(r) => r.createdAt} action={(r) => <RetryEmailsButton emailId={r.id} />} />
        </>
      )}

      <h2>{t("waitingHeading")}</h2>
      {queue.pending.length === 0 ? <p className="empty">{t("noWaiting")}</p> : <EmailTable caption={t("waitingCaption")} rows={queue.pending} when={(r) => r.nextAttemptAt} />}

      <h2>{t("sentHeading")}</h2>
      {queue.sent.length === 0 ? <p className="empty">{t("noSent")}</p> : <EmailTable caption={t("sentCaption")} rows={queue.sent} when={(r) => r.sentAt} />}

      {inbox ? (
        <section aria-labelledby="demo-inbox">
          <h2 id="demo-inbox">{t("inboxHeading")}</h2>
          <p>{t("inboxIntro")}</p>
          {inbox.length === 0 ? (
            <p className="empty">{t("inboxEmpty")}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t("inboxCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("columns.received")}</th>
                    <th scope="col">{t("columns.to")}</th>
                    <th scope="col">{t("columns.subject")}</th>
                  </tr>
                </thead>
                <tbody>
                  {inbox.map((mail) => (
                    <tr key={mail.name} data-testid="caught-mail">
                      <td>{utc(mail.date)}</td>
                      <td>
                        <bdi>{mail.to}</bdi>
                      </td>
                      <td dir="auto">
                        <Link href={`/admin/notices/mail/${mail.name}`}>{mail.subject || t("noSubject")}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
