import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listWebhookDeliveries } from "@/lib/notices/webhooks/list-webhook-deliveries";
import { MAX_CONTACT_EMAILS } from "@/lib/partners/schemas";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { bdi } from "@/components/admin/user-content";
import { ContactEmailsForm, RemoveWebhookButton, RetryDeliveryButton, RotateSecretButton, TestEventButton, WebhookForm } from "./webhook-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners.webhooks"))("title") };
}

const BADGE = { PENDING: "badge", SENT: "badge badge-ok", DEAD: "badge badge-danger" } as const;

export default async function PartnerWebhooksPage({ params, searchParams }: { params: Promise<{ partnerId: string }>; searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("partners:manage");
  const { partnerId } = await params;
  const listing = await listWebhookDeliveries(admin, partnerId, PageParam.parse((await searchParams).page));
  if (!listing) notFound();
  const [t, format] = await Promise.all([getTranslations("partners.webhooks"), getFormatter()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : "—");
  const { organisation: org, deliveries } = listing;
  return (
    <>
      <p>
        <Link href="/admin/partners">{t("back")}</Link>
      </p>
      <h1>{t.rich("heading", { name: org.name, bdi })}</h1>
      <section className="card" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t("contactsHeading")}</h2>
        <p className="muted">{t("contactsIntro")}</p>
        <ContactEmailsForm partnerOrgId={org.id} contactEmails={org.contactEmails} max={MAX_CONTACT_EMAILS} />
      </section>
      <section className="card" aria-labelledby="endpoint-heading">
        <h2 id="endpoint-heading">{t("endpointHeading")}</h2>
        <p className="muted">
          {t.rich("endpointIntro", { events: (chunks) => <code>{chunks}</code>, openapi: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}
        </p>
        <WebhookForm partnerOrgId={org.id} webhookUrl={org.webhookUrl} />
        {org.webhookUrl ? (
          <>
            <p>{t("secretSet", { when: when(org.webhookSecretSetAt) })}</p>
            <RotateSecretButton partnerOrgId={org.id} name={org.name} /> <TestEventButton partnerOrgId={org.id} /> <RemoveWebhookButton partnerOrgId={org.id} name={org.name} />
          </>
        ) : null}
      </section>
      <h2>{t("deliveriesHeading")}</h2>
      {deliveries.total === 0 ? (
        <p className="empty">{t("noDeliveries")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("event")}</th>
                <th scope="col">{t("created")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("attempts")}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.items.map((d) => (
                <tr key={d.id} data-testid={`delivery-${d.id}`}>
                  <td>
                    <code>{d.event}</code>
                    <br />
                    <code className="muted">{d.id}</code>
                  </td>
                  <td>{when(d.createdAt)}</td>
                  <td>
                    <span className={BADGE[d.status]}>{t(`deliveryStatus.${d.status}`)}</span>
                    {d.status === "SENT" ? <> {when(d.deliveredAt)}</> : null}
                    {d.status === "PENDING" ? <> {t("nextAttempt", { when: when(d.nextAttemptAt) })}</> : null}
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
                            {t("attempt", { when: when(a.at), status: a.statusCode ?? t("noAnswer"), duration: a.durationMs })}
                            {a.error ? (
                              <>
                                {" "}
                                <code>{a.error}</code>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath={`/admin/partners/${org.id}/webhooks`} page={deliveries.page} pageCount={deliveries.pageCount} />
    </>
  );
}
