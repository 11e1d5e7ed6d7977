import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listTakedowns } from "@/lib/content/list-takedowns";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { can } from "@/lib/auth/policy";
import { TakedownConfirmations } from "@/components/takedowns/takedown-confirmations";
import { SendConsentDigestsForm } from "@/components/takedowns/send-consent-digests-form";
import { emailEnabled } from "@/lib/notices/email-settings";

export const metadata: Metadata = { title: "Takedowns" };

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 19) : "");

export default async function TakedownsPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await requirePermission("takedowns:view");
  const { cursor } = await searchParams;
  const takedowns = await listTakedowns(user, typeof cursor === "string" ? cursor : undefined);
  return (
    <>
      <h1>Takedowns</h1>
      <p>
        Content withdrawn (a source withdrew consent or was erased), retired or suspended: which partner organisations were asked to take it down, which have confirmed removal, and who downloaded which version of it.
      </p>
      {emailEnabled() ? null : (
        <p className="alert alert-error" role="status">
          Email is not set up on this server (SMTP_URL): partners are not emailed take-down notices or reminders. They see each take-down on their portal and at their webhook endpoint.
        </p>
      )}
      {can(user, "notices:send-digests") ? <SendConsentDigestsForm /> : null}
      <RejectedCursorNotice rejected={takedowns.cursorRejected} />
      {takedowns.total === 0 ? (
        <p className="empty">No content has been withdrawn, retired or suspended after a partner downloaded it.</p>
      ) : (
        takedowns.items.map((item) => (
          <section key={item.id} className="card" aria-labelledby={`takedown-${item.id}`} data-testid="takedown">
            <h2 id={`takedown-${item.id}`} lang={item.language} dir="auto">
              {item.title}
            </h2>
            <p className="muted">
              {item.retiredAt ? `Retired ${utc(item.retiredAt)} UTC` : item.suspendedAt ? `Suspended ${utc(item.suspendedAt)} UTC` : "Not retired"} · item {item.id}
            </p>
            <TakedownConfirmations title={item.title} takedowns={item.takedowns} />
            {item.downloads.length === 0 ? (
              <p>Nobody downloaded this item.</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">Downloads of {item.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Partner organisation</th>
                      <th scope="col">User</th>
                      <th scope="col">Format</th>
                      <th scope="col">Reference</th>
                      <th scope="col">Version</th>
                      <th scope="col">Time (UTC)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.downloads.map((d) => (
                      <tr key={d.id}>
                        <td>{d.partner}</td>
                        <td>{d.userEmail ?? <span className="muted">unknown user</span>}</td>
                        <td>
                          {d.format} · {d.channel === "API" ? "API" : "portal"}
                        </td>
                        <td>{d.reference}</td>
                        <td>{d.itemVersion}</td>
                        <td>{utc(d.at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))
      )}
      <CursorPager basePath="/admin/takedowns" page={takedowns} />
    </>
  );
}
