// Integration tests of notices: email switched on (no server is contacted: the rows stay
// queued), and the queued messages opened from their sealed content.
import { db } from "@/lib/db/client";
import { reloadEnv } from "@/lib/env";
import { openEmailContent } from "@/lib/notices/email-content-box";
import type { Prisma } from "@/lib/db/generated/client";

export function switchEmailOn(): void {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.MAIL_FROM = "Countervoice <notices@test.example>";
  reloadEnv();
}

export function switchEmailOff(): void {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  reloadEnv();
}

export type OpenedEmail = { id: string; kind: string; to: string; userId: string | null; partnerOrgId: string | null; subject: string; text: string; createdAt: Date };

export async function queuedEmails(where: Prisma.OutboundEmailWhereInput = {}): Promise<OpenedEmail[]> {
  const rows = await db().outboundEmail.findMany({ where, orderBy: [{ createdAt: "asc" }, { toAddress: "asc" }] });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    to: row.toAddress,
    userId: row.userId,
    partnerOrgId: row.partnerOrgId,
    subject: row.subject,
    text: openEmailContent(row.id, row.contentEnc!).text,
    createdAt: row.createdAt,
  }));
}

/** Each needle found in a subject or body, case-insensitively: should be none. */
export function leakedInto(emails: OpenedEmail[], needles: string[]): string[] {
  return emails.flatMap((email) => needles.filter((needle) => `${email.subject}\n${email.text}`.toLowerCase().includes(needle.toLowerCase())).map((needle) => `${email.to}: ${needle.slice(0, 3)}…`));
}
