import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { AuditFilter, hasFilter } from "@/lib/audit/audit-filter";
import { loadQuery, QUERY_HANDLE_MINUTES } from "@/lib/query-handles/query-handle";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { Total } from "@/lib/lists/estimated-total";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { VerifyChainButton } from "./verify-chain-button";
import { AuditFilterForm, type AuditFilterLabels } from "./audit-filter-form";
import { AuditActionLabel, AuditTarget } from "./audit-labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"audit">>>;

function filterLabels(t: AuditTranslator): AuditFilterLabels {
  const field = (name: keyof AuditFilterLabels["fields"]) => t(`filter.fields.${name}`);
  return {
    label: t("filter.label"),
    submit: t("filter.submit"),
    clear: t("filter.clear"),
    fields: { actor: field("actor"), action: field("action"), source: field("source"), item: field("item"), from: field("from"), to: field("to") },
    placeholders: { action: t("filter.placeholders.action"), source: t("filter.placeholders.source") },
  };
}

/** An estimate to two significant figures: it should not look exact. */
function rounded(total: Total): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(total.count)) - 1);
  return Math.round(total.count / magnitude) * magnitude;
}

/** The URL carries only a query handle (the filter is kept on the server, actions.ts) and a page cursor (a sequence number). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ h?: string | string[]; cursor?: string | string[] }> }) {
  const admin = await requirePermission("audit:view");
  const { h, cursor } = await searchParams;
  const handle = typeof h === "string" ? h : undefined;
  const saved = h === undefined ? null : await loadQuery(admin.id, "audit", handle, AuditFilter);
  const filter: AuditFilter = saved ?? {};
  const [t, events] = await Promise.all([getTranslations("audit"), listAuditEvents(admin, filter, typeof cursor === "string" ? cursor : undefined)]);
  const handleParam = saved ? { h: handle } : {};
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="chain-heading">
        <h2 id="chain-heading">{t("chain.heading")}</h2>
        <p className="muted">{t.rich("chain.intro", { command: (chunks) => <code>{chunks}</code> })}</p>
        <div className="inline-form">
          <VerifyChainButton labels={{ verify: t("chain.verify"), verifying: t("chain.verifying") }} />
          <a className="button secondary" href="/admin/audit/head" download>
            {t("chain.downloadHead")}
          </a>
        </div>
      </section>
      <AuditFilterForm filter={filter} filtered={hasFilter(filter)} labels={filterLabels(t)} />
      {h !== undefined && !saved ? (
        <p className="alert" role="status">
          {t("filterExpired", { minutes: QUERY_HANDLE_MINUTES })}
        </p>
      ) : null}
      <RejectedCursorNotice rejected={events.cursorRejected} />
      {events.total.count === 0 ? (
        <p className="empty">{hasFilter(filter) ? t("noMatch") : t("noEvents")}</p>
      ) : (
        <>
          <p>
            {events.total.exact ? t("eventCount", { count: events.total.count }) : t("eventEstimate", { count: rounded(events.total) })}{" "}
            <a href={`/admin/audit/export${saved ? `?h=${handle}` : ""}`} download>
              {t("downloadCsv")}
            </a>
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("eventsRegion")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t("columns.time")}</th>
                  <th scope="col">{t("columns.actor")}</th>
                  <th scope="col">{t("columns.action")}</th>
                  <th scope="col">{t("columns.target")}</th>
                  <th scope="col">{t("columns.request")}</th>
                </tr>
              </thead>
              <tbody>
                {events.items.map((e) => (
                  <tr key={e.id}>
                    <td>{e.sequence}</td>
                    <td>{e.at.toISOString().replace("T", " ").slice(0, 19)}</td>
                    <td>{e.actorEmail ? <bdi>{e.actorEmail}</bdi> : <span className="muted">{t("anonymous")}</span>}</td>
                    <td>
                      <AuditActionLabel action={e.action} />
                      {e.details ? (
                        <div className="muted">
                          <code dir="ltr">{JSON.stringify(e.details)}</code>
                        </div>
                      ) : null}
                    </td>
                    <td>{e.targetType ? <AuditTarget type={e.targetType} id={e.targetId} /> : ""}</td>
                    <td>
                      <code title={e.requestId}>{e.requestId.slice(0, 8)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <CursorPager basePath="/admin/audit" page={events} params={handleParam} />
    </>
  );
}
