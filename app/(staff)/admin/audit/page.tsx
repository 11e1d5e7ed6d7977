import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { AuditFilter, listAuditEvents } from "@/lib/audit/list-audit-events";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Audit log" };

type Search = { page?: string; action?: string; actor?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const admin = await requirePermission("audit:view");
  const params = await searchParams;
  const filter = AuditFilter.parse({ action: params.action || undefined, actor: params.actor || undefined });
  const events = await listAuditEvents(admin, PageParam.parse(params.page), filter);
  return (
    <>
      <h1>Audit log</h1>
      <form className="card inline-form" method="get">
        <label htmlFor="action">Action starts with</label>
        <input id="action" name="action" defaultValue={filter.action ?? ""} placeholder="e.g. auth or user.role" />
        <label htmlFor="actor">Actor email contains</label>
        <input id="actor" name="actor" defaultValue={filter.actor ?? ""} />
        <button type="submit">Filter</button>
      </form>
      {events.total === 0 ? (
        <p className="empty">No events match.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
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
                  <td>{e.at.toISOString().replace("T", " ").slice(0, 19)}</td>
                  <td>{e.actorEmail ?? <span className="muted">anonymous</span>}</td>
                  <td>
                    <code>{e.action}</code>
                    {e.details ? <div className="muted">{JSON.stringify(e.details)}</div> : null}
                  </td>
                  <td>{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : ""}</td>
                  <td>
                    <code>{e.requestId.slice(0, 8)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/admin/audit" page={events.page} pageCount={events.pageCount} params={{ action: filter.action, actor: filter.actor }} />
    </>
  );
}
