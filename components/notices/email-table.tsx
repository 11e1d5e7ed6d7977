// A list of queued, sent or dead emails: kind, recipient, subject and what happened; never content.
import type { ReactNode } from "react";

export type EmailRow = { id: string; kind: string; toAddress: string; subject: string; attempts: number; lastError: string | null; nextAttemptAt: Date; sentAt: Date | null; createdAt: Date };

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "");

export function EmailTable({ caption, rows, when, action }: { caption: string; rows: EmailRow[]; when: (row: EmailRow) => Date | null; action?: (row: EmailRow) => ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Notice</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Tries</th>
            <th scope="col">Last error</th>
            <th scope="col">Time (UTC)</th>
            {action ? <th scope="col">Action</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.kind}</td>
              <td>{row.toAddress}</td>
              <td dir="auto">{row.subject}</td>
              <td>{row.attempts}</td>
              <td>{row.lastError ?? ""}</td>
              <td>{utc(when(row))}</td>
              {action ? <td>{action(row)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
