import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { listEmailQueue } from "@/lib/notices/email/email-queue";
import { listDemoInbox } from "@/lib/notices/email/demo-inbox";
import { EmailTable } from "@/components/notices/email-table";
import { RetryEmailsButton } from "@/components/notices/retry-emails-button";

export const metadata: Metadata = { title: "Email notices" };

const utc = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16);

export default async function NoticesPage() {
  const admin = await requirePermission("notices:manage");
  const [queue, inbox] = await Promise.all([listEmailQueue(admin), listDemoInbox(admin)]);
  return (
    <>
      <h1>Email notices</h1>
      {queue.enabled ? (
        <p>
          Emails wait in the database until the mail server accepts them. A message the server refuses for now is tried again after 1, 5, 15, 60, 240 and 720 minutes;
          one it refuses for good, or that fails every try, lands in the dead-letter list below.
        </p>
      ) : (
        <p className="alert alert-error" role="status">
          Email is not set up on this server: set SMTP_URL and MAIL_FROM (see the README). Until then no email is sent, and each place that would send one says so.
        </p>
      )}
      <p data-testid="email-counts">
        {queue.counts.pending} waiting · {queue.counts.sent} sent · {queue.counts.dead} dead
      </p>

      <h2>Dead letters</h2>
      {queue.dead.length === 0 ? (
        <p className="empty">No message has been given up on.</p>
      ) : (
        <>
          <RetryEmailsButton />
          <EmailTable caption="Messages given up on" rows={queue.dead} when={(r) => r.createdAt} action={(r) => <RetryEmailsButton emailId={r.id} />} />
        </>
      )}

      <h2>Waiting</h2>
      {queue.pending.length === 0 ? <p className="empty">Nothing is waiting to be sent.</p> : <EmailTable caption="Messages waiting" rows={queue.pending} when={(r) => r.nextAttemptAt} />}

      <h2>Recently sent</h2>
      {queue.sent.length === 0 ? <p className="empty">Nothing has been sent yet.</p> : <EmailTable caption="Messages sent" rows={queue.sent} when={(r) => r.sentAt} />}

      {inbox ? (
        <section aria-labelledby="demo-inbox">
          <h2 id="demo-inbox">Demo mailbox</h2>
          <p>
            This demo sends every email to a mail catcher on this machine instead of the internet, so you can read each kind of notice here. A real deployment sets SMTP_URL and
            has no mailbox on this page.
          </p>
          {inbox.length === 0 ? (
            <p className="empty">No email has been caught yet. Invite someone, reset a password or withdraw a consent to see one.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">Emails caught by the demo</caption>
                <thead>
                  <tr>
                    <th scope="col">Received (UTC)</th>
                    <th scope="col">To</th>
                    <th scope="col">Subject</th>
                  </tr>
                </thead>
                <tbody>
                  {inbox.map((mail) => (
                    <tr key={mail.name} data-testid="caught-mail">
                      <td>{utc(mail.date)}</td>
                      <td>{mail.to}</td>
                      <td dir="auto">
                        <Link href={`/admin/notices/mail/${mail.name}`}>{mail.subject || "(no subject)"}</Link>
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
