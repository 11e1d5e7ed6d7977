import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { listWebhookDeliveries } from "@/lib/notices/webhooks/list-webhook-deliveries";
import { MAX_CONTACT_EMAILS } from "@/lib/partners/schemas";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { ContactEmailsForm, RemoveWebhookButton, RetryDeliveryButton, RotateSecretButton, TestEventButton, WebhookForm } from "./webhook-forms";

export const metadata: Metadata = { title: "Partner notices and webhook" };

const when = (date: Date | null) => (date ? date.toUTCString() : "—");
const STATUS = { PENDING: ["Retrying", "badge"], SENT: ["Delivered", "badge badge-ok"], DEAD: ["Given up", "badge badge-danger"] } as const;

export default async function PartnerWebhooksPage({ params, searchParams }: { params: Promise<{ partnerId: string }>; searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("partners:manage");
  const { partnerId } = await params;
  const listing = await listWebhookDeliveries(admin, partnerId, PageParam.parse((await searchParams).page));
  if (!listing) notFound();
  const { organisation: org, deliveries } = listing;
  return (
    <>
      <p>
        <Link href="/admin/partners">← Partner organisations</Link>
      </p>
      <h1>Notices and webhook of {org.name}</h1>
      <section className="card" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Notice addresses</h2>
        <p className="muted">Take-down notices go by email to these addresses as well as to the organisation&apos;s people. They cannot be switched off.</p>
        <ContactEmailsForm partnerOrgId={org.id} contactEmails={org.contactEmails} max={MAX_CONTACT_EMAILS} />
      </section>
      <section className="card" aria-labelledby="endpoint-heading">
        <h2 id="endpoint-heading">Webhook endpoint</h2>
        <p className="muted">
          Signed events (asset.published, asset.updated, asset.withdrawn) are POSTed to this HTTPS address. The <a href="/api/v1/openapi.json">OpenAPI document</a> tells the partner how to verify them.
        </p>
        <WebhookForm partnerOrgId={org.id} webhookUrl={org.webhookUrl} />
        {org.webhookUrl ? (
          <>
            <p>Signing secret set {when(org.webhookSecretSetAt)}.</p>
            <RotateSecretButton partnerOrgId={org.id} name={org.name} /> <TestEventButton partnerOrgId={org.id} /> <RemoveWebhookButton partnerOrgId={org.id} name={org.name} />
          </>
        ) : null}
      </section>
      <h2>Recent deliveries</h2>
      {deliveries.total === 0 ? (
        <p className="empty">No events yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.items.map((d) => {
                const [label, badge] = STATUS[d.status];
                return (
                  <tr key={d.id} data-testid={`delivery-${d.id}`}>
                    <td>
                      {d.event}
                      <br />
                      <code className="muted">{d.id}</code>
                    </td>
                    <td>{when(d.createdAt)}</td>
                    <td>
                      <span className={badge}>{label}</span>
                      {d.status === "SENT" ? <> {when(d.deliveredAt)}</> : null}
                      {d.status === "PENDING" ? <> next {when(d.nextAttemptAt)}</> : null}
                      {d.status === "DEAD" ? (
                        <>
                          {" "}
                          <RetryDeliveryButton partnerOrgId={org.id} deliveryId={d.id} />
                        </>
                      ) : null}
                    </td>
                    <td>
                      {d.attemptLog.length === 0 ? (
                        "—"
                      ) : (
                        <ol className="attempts">
                          {d.attemptLog.map((a) => (
                            <li key={a.number}>
                              {when(a.at)}: {a.statusCode ?? "no answer"}
                              {a.error ? ` (${a.error})` : ""}, {a.durationMs} ms
                            </li>
                          ))}
                        </ol>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath={`/admin/partners/${org.id}/webhooks`} page={deliveries.page} pageCount={deliveries.pageCount} />
    </>
  );
}
