// Email in integration tests: the SMTP test server (smtp-test-server.ts) switches it on for a
// file; withEmailOff runs a step on a server without it. readQueuedEmails opens what was queued.
import { reloadEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { openEmailContent } from "@/lib/notices/email-content-box";

export async function withEmailOff<T>(step: () => Promise<T>): Promise<T> {
  const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  reloadEnv();
  try {
    return await step();
  } finally {
    Object.assign(process.env, saved);
    reloadEnv();
  }
}

export async function readQueuedEmails(where: { kind?: string; toAddress?: string } = {}) {
  const rows = await db().outboundEmail.findMany({ where, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ ...row, text: row.contentEnc ? openEmailContent(row.id, row.contentEnc).text : "" }));
}
