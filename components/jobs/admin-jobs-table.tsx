// One of the background-job lists on the admins' page: kind, who asked, tries, error class.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { AdminJobRow } from "@/lib/jobs/background/admin-jobs";
import { AdminTable, type AdminColumn } from "@/components/ui/admin-table";

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "—");

export async function AdminJobsTable({ caption, rows, action }: { caption: string; rows: AdminJobRow[]; action?: (row: AdminJobRow) => ReactNode }) {
  const t = await getTranslations("admin.jobs");
  const columns: AdminColumn<AdminJobRow>[] = [
    { header: t("columns.kind"), cell: (row) => row.title },
    { header: t("columns.askedBy"), cell: (row) => (row.requester ? <bdi>{row.requester}</bdi> : row.requestedById ? t("removedAccount") : t("system")) },
    { header: t("columns.asked"), cell: (row) => utc(row.createdAt) },
    { header: t("columns.tries"), cell: (row) => t("tries", { attempts: row.attempts, max: row.maxAttempts }) },
    { header: t("columns.progress"), cell: (row) => t("progress", { percent: row.progress / 100 }) },
    { header: t("columns.lastError"), cell: (row) => <code>{row.lastError ?? "—"}</code> },
  ];
  return <AdminTable caption={caption} rows={rows} columns={columns} action={action} rowTestId="background-job-row" />;
}
