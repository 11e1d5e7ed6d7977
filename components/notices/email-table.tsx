// A list of queued, sent or dead emails: kind, recipient, subject and what happened; never content.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AdminTable, type AdminColumn } from "@/components/ui/admin-table";

export type EmailRow = { id: string; kind: string; toAddress: string; subject: string; attempts: number; lastError: string | null; nextAttemptAt: Date; sentAt: Date | null; createdAt: Date };

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "");

export async function EmailTable({ caption, rows, when, action }: { caption: string; rows: EmailRow[]; when: (row: EmailRow) => Date | null; action?: (row: EmailRow) => ReactNode }) {
  const t = await getTranslations("admin.notices.columns");
  const columns: AdminColumn<EmailRow>[] = [
    // The kind is the queue's name for the notice (invitation, password-reset…), as the audit trail records it.
    { header: t("notice"), cell: (row) => <code>{row.kind}</code> },
    { header: t("to"), cell: (row) => <bdi>{row.toAddress}</bdi> },
    { header: t("subject"), cell: (row) => row.subject, dir: "auto" },
    { header: t("tries"), cell: (row) => row.attempts },
    { header: t("lastError"), cell: (row) => (row.lastError ? <code>{row.lastError}</code> : "") },
    { header: t("time"), cell: (row) => utc(when(row)) },
  ];
  return <AdminTable caption={caption} rows={rows} columns={columns} action={action} />;
}
