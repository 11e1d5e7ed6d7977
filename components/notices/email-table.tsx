// A list of queued, sent or dead emails: kind, recipient, subject and what happened; never content.
// Addresses and mail servers' errors are not ours to translate: isolated with bdi.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { AdminTable, type AdminColumn } from "@/components/ui/admin-table";

export type EmailRow = { id: string; kind: string; toAddress: string; subject: string; attempts: number; lastError: string | null; nextAttemptAt: Date; sentAt: Date | null; createdAt: Date };

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "");

export function EmailTable({ caption, rows, when, action }: { caption: string; rows: EmailRow[]; when: (row: EmailRow) => Date | null; action?: (row: EmailRow) => ReactNode }) {
  const t = useTranslations("ui.emails");
  const columns: AdminColumn<EmailRow>[] = [
    { header: t("notice"), cell: (row) => row.kind },
    { header: t("to"), cell: (row) => <bdi>{row.toAddress}</bdi> },
    { header: t("subject"), cell: (row) => row.subject, dir: "auto" },
    { header: t("tries"), cell: (row) => row.attempts },
    { header: t("lastError"), cell: (row) => (row.lastError ? <bdi>{row.lastError}</bdi> : "") },
    { header: t("time"), cell: (row) => utc(when(row)) },
  ];
  return <AdminTable caption={caption} rows={rows} columns={columns} action={action} />;
}
