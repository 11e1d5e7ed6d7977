import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { AuditFilter, filterParams, hasFilter } from "@/lib/audit/audit-filter";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { VerifyChainButton } from "./verify-chain-button";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<"page" | "actor" | "action" | "source" | "item" | "from" | "to", string | undefined>;

const EMPTY: AuditFilter = {};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const admin = await requirePermission("audit:view");
  const params = await searchParams;
  const parsed = AuditFilter.safeParse({ actor: params.actor, action: params.action, source: params.source, item: params.item, from: params.from, to: params.to });
  const filter = parsed.success ? parsed.data : EMPTY;
  const events = parsed.success ? await listAuditEvents(admin, PageParam.parse(params.page), filter) : null;
  const query = new URLSearchParams(Object.entries(filterParams(filter)).filter((e): e is [string, string] => Boolean(e[1])));
  const field = (name: keyof Search) => (parsed.success ? (filter[name as keyof AuditFilter] ?? "") : (params[name] ?? ""));
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
      <form className="card inline-form" method="get" aria-label="Filter the audit log">
        <label htmlFor="actor">Who (email contains)</label>
        <input id="actor" name="actor" defaultValue={field("actor")} />
        <label htmlFor="action">Action starts with</label>
        <input id="action" name="action" defaultValue={field("action")} placeholder="e.g. auth or user.role" />
        <label htmlFor="source">Source code</label>
        <input id="source" name="source" defaultValue={field("source")} placeholder="S-0002" />
        <label htmlFor="item">Content item id</label>
        <input id="item" name="item" defaultValue={field("item")} />
        <label htmlFor="from">From (UTC)</label>
        <input id="from" name="from" type="date" defaultValue={field("from")} />
        <label htmlFor="to">To (UTC, inclusive)</label>
        <input id="to" name="to" type="date" defaultValue={field("to")} />
        <button type="submit">Filter</button>
        {hasFilter(filter) || !parsed.success ? <a href="/admin/audit">Clear filters</a> : null}
      </form>
      {!parsed.success ? (
        <p className="alert alert-error" role="alert">
          {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}. No events are shown.
        </p>
      ) : events!.total === 0 ? (
        <p className="empty">{hasFilter(filter) ? "No events match these filters." : "No events have been recorded yet."}</p>
      ) : (
        <>
          <p>
            {events!.total} {events!.total === 1 ? "event" : "events"}.{" "}
            <a href={`/admin/audit/export${query.size > 0 ? `?${query}` : ""}`} download>
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
                {events!.items.map((e) => (
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
      {events ? <Pager basePath="/admin/audit" page={events.page} pageCount={events.pageCount} params={filterParams(filter)} /> : null}
    </>
  );
}
