import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listMyActivity } from "@/lib/audit/list-my-activity";
import { listMyOpenRedactions, listReviewQueue } from "@/lib/redaction/list-redactions";
import { STATE_LABEL } from "@/lib/redaction/model/redaction-states";
import { DashboardExtras } from "@/components/dashboard/dashboard-extras";
import { ContentWork } from "@/components/dashboard/content-work";
import { SuspendedCampaigns } from "@/components/dashboard/suspended-campaigns";
import { OverdueTakedowns } from "@/components/dashboard/overdue-takedowns";
import { EmergencyNotices } from "@/components/dashboard/emergency-notices";
import { FailedSignInNotice } from "@/components/dashboard/failed-sign-in-notice";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePermission("workspace:view");
  const [activity, myRedactions, reviewQueue] = await Promise.all([
    listMyActivity(user),
    listMyOpenRedactions(user),
    can(user, "redaction:review") ? listReviewQueue(user, 1) : null,
  ]);
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <FailedSignInNotice actor={user} />
      <EmergencyNotices actor={user} />
      <div className="grid-2">
        <OverdueTakedowns actor={user} />
        <SuspendedCampaigns actor={user} />
        {user.role === "EDITOR" ? (
          <section className="card" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">My open redactions</h2>
            {myRedactions.length === 0 ? (
              <p className="muted">None. Open a testimony from <Link href="/sources">Sources</Link> to start one.</p>
            ) : (
              <ul>
                {myRedactions.map((r) => (
                  <li key={r.id}>
                    <Link href={`/testimony/${r.testimonyId}/redaction`} prefetch={false}>{r.testimony.source.code}</Link> · {r.testimony.language} · {STATE_LABEL[r.state]}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        {reviewQueue ? (
          <section className="card" aria-labelledby="queue-heading">
            <h2 id="queue-heading">Waiting for review ({reviewQueue.total})</h2>
            {reviewQueue.total === 0 ? (
              <p className="muted">Nothing is waiting.</p>
            ) : (
              <ul>
                {reviewQueue.items.slice(0, 10).map((r) => (
                  <li key={r.id}>
                    {r.editedByMe ? `${r.testimony.source.code} (you edited it)` : <Link href={`/testimony/${r.testimonyId}/review`} prefetch={false}>{r.testimony.source.code}</Link>} · {r.testimony.language}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <ContentWork actor={user} />
        <DashboardExtras actor={user} />
        <section className="card" aria-labelledby="activity-heading">
          <h2 id="activity-heading">Your recent activity</h2>
          {activity.length === 0 ? (
            <p className="muted">Nothing yet.</p>
          ) : (
            <ul>
              {activity.map((e) => (
                <li key={e.id}>
                  <code>{e.action}</code> <span className="muted">{e.at.toISOString().replace("T", " ").slice(0, 16)} UTC</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
