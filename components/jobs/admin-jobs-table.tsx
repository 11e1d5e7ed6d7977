// One of the background-job lists on the admins' page: kind, who asked, tries, error class.
import type { ReactNode } from "react";
import type { AdminJobRow } from "@/lib/jobs/background/admin-jobs";
import { AdminTable, type AdminColumn } from "@/components/ui/admin-table";

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "—");

const COLUMNS: AdminColumn<AdminJobRow>[] = [
  { header: "Kind", cell: (row) => row.title },
  { header: "Asked by", cell: (row) => row.requester },
  { header: "Asked (UTC)", cell: (row) => utc(row.createdAt) },
  { header: "Tries", cell: (row) => `${row.attempts} of ${row.maxAttempts}` },
  { header: "Progress", cell: (row) => `${row.progress}%` },
  { header: "Last error", cell: (row) => <code>{row.lastError ?? "—"}</code> },
];

export function AdminJobsTable({ caption, rows, action }: { caption: string; rows: AdminJobRow[]; action?: (row: AdminJobRow) => ReactNode }) {
  return <AdminTable caption={caption} rows={rows} columns={COLUMNS} action={action} rowTestId="background-job-row" />;
}
