import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listMyActivity } from "@/lib/audit/list-my-activity";
import { listMyOpenRedactions, listReviewQueue } from "@/lib/redaction/list-redactions";
import { DashboardExtras } from "@/components/dashboard/dashboard-extras";
import { ContentWork } from "@/components/dashboard/content-work";
import { SuspendedCampaigns } from "@/components/dashboard/suspended-campaigns";
import { OverdueTakedowns } from "@/components/dashboard/overdue-takedowns";
import { EmergencyNotices } from "@/components/dashboard/emergency-notices";
import { FailedSignInNotice } from "@/components/dashboard/failed-sign-in-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requirePermission("workspace:view");
  const [activity, myRedactions, reviewQueue, t, states, format] = await Promise.all([
    listMyActivity(user),
    listMyOpenRedactions(user),
    can(user, "redaction:review") ? listReviewQueue(user, 1) : null,
    getTranslations("dashboard"),
    // The redaction workflow's states are named as the content workflow's.
    getTranslations("content.states"),
    getFormatter(),
  ]);
  return (
    <>
      <h1>{t.rich("welcome", { name: user.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</h1>
      <FailedSignInNotice actor={user} />
      <EmergencyNotices actor={user} />
      <div className="grid-2">
        <OverdueTakedowns actor={user} />
        <SuspendedCampaigns actor={user} />
        {user.role === "EDITOR" ? (
          <section className="card" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{t("myRedactions")}</h2>
            {myRedactions.length === 0 ? (
              <p className="muted">{t.rich("noRedactions", { link: (chunks) => <Link href="/sources">{chunks}</Link> })}</p>
            ) : (
              <ul>
                {myRedactions.map((r) => (
                  <li key={r.id}>
                    <Link href={`/testimony/${r.testimonyId}/redaction`} prefetch={false}>{r.testimony.source.code}</Link> · {r.testimony.language} · {states(r.state)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        {reviewQueue ? (
          <section className="card" aria-labelledby="queue-heading">
            <h2 id="queue-heading">{t("reviewQueue", { count: reviewQueue.total })}</h2>
            {reviewQueue.total === 0 ? (
              <p className="muted">{t("nothingWaiting")}</p>
            ) : (
              <ul>
                {reviewQueue.items.slice(0, 10).map((r) => (
                  <li key={r.id}>
                    {r.editedByMe ? t("editedByMe", { source: r.testimony.source.code }) : <Link href={`/testimony/${r.testimonyId}/review`} prefetch={false}>{r.testimony.source.code}</Link>} · {r.testimony.language}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <ContentWork actor={user} />
        <DashboardExtras actor={user} />
        <section className="card" aria-labelledby="activity-heading">
          <h2 id="activity-heading">{t("activity")}</h2>
          {activity.length === 0 ? (
            <p className="muted">{t("nothingYet")}</p>
          ) : (
            <ul>
              {activity.map((e) => (
                <li key={e.id}>
                  <code>{e.action}</code> <span className="muted">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
