// Sends queued emails that are due, a few at a time. Each is claimed with a lease (FOR UPDATE
// SKIP LOCKED), so several instances never send one message twice and a sender that dies
// mid-way only delays it. Content is dropped once the server accepts the message.
import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";
import { SEND_EMAILS_JOB } from "../notice-jobs";
import { openEmailContent } from "../email-content-box";
import { emailEnabled } from "../email-settings";
import { smtpTransport, type MailTransport } from "./smtp-transport";
import { isPermanentSmtpFailure, nextEmailAttemptAt, smtpFailureOf } from "./retry-schedule";

const BATCH = 20;
const LEASE_MS = 2 * 60_000;

type Claimed = { id: string; kind: string; toAddress: string; subject: string; contentEnc: Uint8Array | null; attempts: number };

async function claimDue(now: Date): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db().$queryRaw<Claimed[]>`
    UPDATE "OutboundEmail" SET "lockedUntil" = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM "OutboundEmail"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, "toAddress", subject, "contentEnc", attempts`;
}

export type SendOutcome = { sent: number; retrying: number; dead: number };

async function sendOne(message: Claimed, transport: MailTransport, now: Date): Promise<keyof SendOutcome> {
  const attempts = message.attempts + 1;
  try {
    if (!message.contentEnc) throw new Error("content missing");
    const content = openEmailContent(message.id, message.contentEnc);
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: message.toAddress,
      subject: message.subject,
      text: content.text,
      ...(content.html ? { html: content.html } : {}),
      // Tells auto-responders not to answer, and lets a recipient's filters sort notices.
      headers: { "Auto-Submitted": "auto-generated", "X-Countervoice-Notice": message.kind },
    });
    await db().outboundEmail.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), attempts, contentEnc: null, lockedUntil: null, lastError: null } });
    return "sent";
  } catch (error) {
    const next = isPermanentSmtpFailure(error) ? null : nextEmailAttemptAt(attempts, now);
    const failure = smtpFailureOf(error);
    const lastError = failure.responseCode ? `${failure.code} ${failure.responseCode}` : failure.code;
    await db().outboundEmail.update({
      where: { id: message.id },
      data: next ? { attempts, nextAttemptAt: next, lockedUntil: null, lastError } : { attempts, status: "DEAD", lockedUntil: null, lastError },
    });
    log(next ? "warn" : "error", next ? "email.retrying" : "email.dead", { kind: message.kind, attempts, error: failure.code, smtpCode: failure.responseCode });
    return next ? "retrying" : "dead";
  }
}

/** Sends every due message (or until `limit` batches); `now` and `transport` let tests drive it. */
export async function sendDueEmails(now = new Date(), transport?: MailTransport, limit = 50): Promise<SendOutcome> {
  const outcome: SendOutcome = { sent: 0, retrying: 0, dead: 0 };
  if (!transport && !emailEnabled()) return outcome;
  const mailer = transport ?? smtpTransport();
  for (let batch = 0; batch < limit; batch++) {
    const due = await claimDue(now);
    for (const message of due) outcome[await sendOne(message, mailer, now)]++;
    if (due.length < BATCH) break;
  }
  return outcome;
}

defineJob(SEND_EMAILS_JOB, async () => {
  await sendDueEmails();
});
