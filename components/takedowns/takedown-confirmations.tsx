// Which organisations were asked to take an item down, and which have confirmed removal.
import type { listTakedowns } from "@/lib/content/list-takedowns";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";

type Row = Awaited<ReturnType<typeof listTakedowns>>["items"][number]["takedowns"][number];

const REASON: Record<Row["reason"], string> = { WITHDRAWN: "Withdrawn", RETIRED: "Retired", SUSPENDED: "Suspended" };

export function TakedownConfirmations({ title, takedowns }: { title: string; takedowns: Row[] }) {
  if (takedowns.length === 0) return <p className="muted">No take-down was asked of any organisation for this item.</p>;
  const waiting = takedowns.filter((t) => !t.acknowledgedAt).length;
  return (
    <div className="table-wrap">
      <table data-testid="takedown-requests">
        <caption>
          Take-down requests: {takedowns.length - waiting} of {takedowns.length} confirmed<span className="sr-only"> for {title}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner organisation</th>
            <th scope="col">Reason</th>
            <th scope="col">Asked</th>
            <th scope="col">Deadline</th>
            <th scope="col">Removal</th>
          </tr>
        </thead>
        <tbody>
          {takedowns.map((t) => (
            <tr key={t.id} data-testid="takedown-request">
              <td>{t.partner}</td>
              <td>{REASON[t.reason]}</td>
              <td>{utcMinute(t.createdAt)}</td>
              <td>{utcMinute(t.deadlineAt)}</td>
              <td>
                {t.acknowledgedAt ? (
                  <span className="badge badge-ok">
                    Confirmed {utcMinute(t.acknowledgedAt)} via {t.acknowledgedVia === "API" ? "API" : "portal"}
                    {t.acknowledgedBy ? ` by ${t.acknowledgedBy}` : ""}
                  </span>
                ) : t.overdue ? (
                  <span className="badge badge-danger">Overdue: not confirmed</span>
                ) : (
                  <span className="muted">Not confirmed yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
