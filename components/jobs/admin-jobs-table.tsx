// One of the background-job lists on the admins' page: kind, who asked, tries, error class.
import type { ReactNode } from "react";
import type { AdminJobRow } from "@/lib/jobs/background/admin-jobs";

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "—");

export function AdminJobsTable({ caption, rows, action }: { caption: string; rows: AdminJobRow[]; action?: (row: AdminJobRow) => ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Asked by</th>
            <th scope="col">Asked (UTC)</th>
            <th scope="col">Tries</th>
            <th scope="col">Progress</th>
            <th scope="col">Last error</th>
            {action ? <th scope="col">Action</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="background-job-row">
              <td>{row.title}</td>
              <td>{row.requester}</td>
              <td>{utc(row.createdAt)}</td>
              <td>
                {row.attempts} of {row.maxAttempts}
              </td>
              <td>{row.progress}%</td>
              <td>
                <code>{row.lastError ?? "—"}</code>
              </td>
              {action ? <td>{action(row)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
