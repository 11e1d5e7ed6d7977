import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { AuditFilter, hasFilter } from "@/lib/audit/audit-filter";
import { loadQuery, QUERY_HANDLE_MINUTES } from "@/lib/query-handles/query-handle";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { totalLabel } from "@/lib/lists/total-label";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { VerifyChainButton } from "./verify-chain-button";
import { AuditFilterForm } from "./audit-filter-form";

export const metadata: Metadata = { title: "Audit log" };

/** The URL carries only a query handle (the filter is kept on the server, actions.ts) and a page cursor (a sequence number). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ h?: string | string[]; cursor?: string | string[] }> }) {
  const admin = await requirePermission("audit:view");
  const { h, cursor } = await searchParams;
  const handle = typeof h === "string" ? h : undefined;
  const saved = h === undefined ? null : await loadQuery(admin.id, "audit", handle, AuditFilter);
  const filter: AuditFilter = saved ?? {};
  const events = await listAuditEvents(admin, filter, typeof cursor === "string" ? cursor : undefined);
  const handleParam = saved ? { h: handle } : {};
  return (
    <>
      <h1>Audit log</h1>
      <section className="card" aria-labelledby="chain-heading">
        <h2 id="chain-heading">Tamper evidence</h2>
        <p className="muted">
          Every event is chained to the one before it by SHA-256, and the database refuses to change or remove one. The chain&apos;s head is written to
          the log every hour; download it now and keep the file away from this server, then <code>npm run audit:verify -- --expect-head FILE</code> proves
          later that the chain still holds it.
        </p>
        <div className="inline-form">
          <VerifyChainButton />
          <a className="button secondary" href="/admin/audit/head" download>
            Download the chain head
          </a>
        </div>
      </section>
      <AuditFilterForm filter={filter} filtered={hasFilter(filter)} />
      {h !== undefined && !saved ? (
        <p className="alert" role="status">
          This filter has expired (filters are kept {QUERY_HANDLE_MINUTES} minutes). Filter again.
        </p>
      ) : null}
      <RejectedCursorNotice rejected={events.cursorRejected} />
      {events.total.count === 0 ? (
        <p className="empty">{hasFilter(filter) ? "No events match these filters." : "No events have been recorded yet."}</p>
      ) : (
        <>
          <p>
            {totalLabel(events.total)} {events.total.count === 1 ? "event" : "events"}.{" "}
            <a href={`/admin/audit/export${saved ? `?h=${handle}` : ""}`} download>
              Download these events as CSV
            </a>
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Audit events">
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Time (UTC)</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Request</th>
                </tr>
              </thead>
              <tbody>
                {events.items.map((e) => (
                  <tr key={e.id}>
                    <td>{e.sequence}</td>
                    <td>{e.at.toISOString().replace("T", " ").slice(0, 19)}</td>
                    <td>{e.actorEmail ?? <span className="muted">anonymous</span>}</td>
                    <td>
                      <code>{e.action}</code>
                      {e.details ? <div className="muted">{JSON.stringify(e.details)}</div> : null}
                    </td>
                    <td>{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : ""}</td>
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
