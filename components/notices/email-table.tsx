// A list of queued, sent or dead emails: kind, recipient, subject and what happened; never content.
import type { ReactNode } from "react";
import { AdminTable, type AdminColumn } from "@/components/ui/admin-table";

export type EmailRow = { id: string; kind: string; toAddress: string; subject: string; attempts: number; lastError: string | null; nextAttemptAt: Date; sentAt: Date | null; createdAt: Date };

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "");

export function EmailTable({ caption, rows, when, action }: { caption: string; rows: EmailRow[]; when: (row: EmailRow) => Date | null; action?: (row: EmailRow) => ReactNode }) {
  const columns: AdminColumn<EmailRow>[] = [
    { header: "Notice", cell: (row) => row.kind },
    { header: "To", cell: (row) => row.toAddress },
    { header: "Subject", cell: (row) => row.subject, dir: "auto" },
    { header: "Tries", cell: (row) => row.attempts },
    { header: "Last error", cell: (row) => row.lastError ?? "" },
    { header: "Time (UTC)", cell: (row) => utc(when(row)) },
  ];
  return <AdminTable caption={caption} rows={rows} columns={columns} action={action} />;
}
