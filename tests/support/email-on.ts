// Switches email on (or off) for an integration test: queueEmail then writes OutboundEmail
// rows, whose sealed content the test opens (readQueuedEmails).
import { reloadEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { openEmailContent } from "@/lib/notices/email-content-box";

export function setEmailEnabled(on: boolean): void {
  if (on) {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    process.env.MAIL_FROM = "Countervoice <notices@test.example>";
  } else {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
  }
  reloadEnv();
}

export async function readQueuedEmails(where: { kind?: string; toAddress?: string } = {}) {
  const rows = await db().outboundEmail.findMany({ where, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ ...row, text: row.contentEnc ? openEmailContent(row.id, row.contentEnc).text : "" }));
}
