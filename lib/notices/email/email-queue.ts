// The admin's view of the email queue: how many wait, went out and died, and the dead-letter
// list with a retry. Shows kind, recipient, subject and error class; never a message's content.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { NotFound } from "@/lib/errors";
import { emailEnabled } from "../email-settings";
import { m } from "@/lib/i18n/translate";

const LIST_LIMIT = 50;
const row = { id: true, kind: true, toAddress: true, subject: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true, createdAt: true } as const;

export async function listEmailQueue(actor: Actor) {
  assertCan(actor, "notices:manage");
  const [counts, dead, pending, sent] = await Promise.all([
    db().outboundEmail.groupBy({ by: ["status"], _count: { _all: true } }),
    db().outboundEmail.findMany({ where: { status: "DEAD" }, orderBy: { createdAt: "desc" }, take: LIST_LIMIT, select: row }),
    db().outboundEmail.findMany({ where: { status: "PENDING" }, orderBy: { nextAttemptAt: "asc" }, take: LIST_LIMIT, select: row }),
    db().outboundEmail.findMany({ where: { status: "SENT" }, orderBy: { sentAt: "desc" }, take: 20, select: row }),
  ]);
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return { enabled: emailEnabled(), counts: { pending: count("PENDING"), sent: count("SENT"), dead: count("DEAD") }, dead, pending, sent };
}

export const RetryEmailsInput = z.union([z.object({ emailId: z.string().min(1).max(64) }), z.object({ all: z.literal("dead") })]);

/** Puts dead messages back in the queue, due now, with a fresh run of retries. Returns how many. */
export async function retryDeadEmails(actor: Actor, raw: unknown, requestId: string): Promise<number> {
  assertCan(actor, "notices:manage");
  const input = parseInput(RetryEmailsInput, raw);
  return db().$transaction(async (tx) => {
    const where = "emailId" in input ? { id: input.emailId, status: "DEAD" as const } : { status: "DEAD" as const };
    const { count } = await tx.outboundEmail.updateMany({ where, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null } });
    if ("emailId" in input && count === 0) throw new NotFound(m("admin.mail.notDead"));
    await recordAuditEvent(tx, { actor, action: "email.retried", requestId, details: { count, ...("emailId" in input ? { emailId: input.emailId } : { all: true }) } });
    return count;
  });
}
