// Hourly: one reminder per take-down whose deadline passed without a confirmation. Claiming
// the row (remindedAt) and queueing its emails are one transaction, so a take-down is
// reminded once however many instances run the job.
import "server-only";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/job-queue";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { kickNotices } from "@/lib/notices/kick-notices";
import { queueEmail } from "@/lib/notices/queue-email";
import { takedownReminderEmail } from "@/lib/notices/templates/takedown-reminder";
import { describeTakedowns, TAKEDOWN_SELECT } from "./partner-takedowns";
import { takedownLinks, takedownRecipients } from "./takedown-recipients";

export const REMIND_OVERDUE_TAKEDOWNS_JOB = "takedowns.remind-overdue";

const BATCH = 100;

/** Returns how many take-downs were reminded. */
export async function remindOverdueTakedowns(now = new Date()): Promise<number> {
  const due = await db().takedown.findMany({ where: { acknowledgedAt: null, remindedAt: null, deadlineAt: { lt: now } }, orderBy: { deadlineAt: "asc" }, take: BATCH, select: { id: true } });
  let reminded = 0;
  for (const { id } of due) {
    const done = await db().$transaction(async (tx) => {
      const claimed = await tx.takedown.updateMany({ where: { id, acknowledgedAt: null, remindedAt: null }, data: { remindedAt: now } });
      if (claimed.count !== 1) return false;
      const row = await tx.takedown.findUniqueOrThrow({ where: { id }, select: TAKEDOWN_SELECT });
      const [described] = await describeTakedowns(tx, [row], now);
      const { organisation, recipients } = await takedownRecipients(tx, row.partnerOrgId);
      const line = { takedownId: row.id, itemId: row.itemId, references: described!.references, reason: described!.reason, deadlineAt: row.deadlineAt };
      for (const r of recipients) {
        const { subject, text } = takedownReminderEmail(organisation, line, takedownLinks(), r.locale);
        await queueEmail(tx, { kind: "takedown", to: r.to, userId: r.userId, partnerOrgId: row.partnerOrgId, subject, content: { text } });
      }
      await recordAuditEvent(tx, { actor: null, action: "takedown.reminded", target: { type: "takedown", id }, requestId: `job:${REMIND_OVERDUE_TAKEDOWNS_JOB}`, details: { itemId: row.itemId, partnerOrgId: row.partnerOrgId, recipients: recipients.length } });
      return true;
    });
    if (done) reminded++;
  }
  if (reminded > 0) kickNotices();
  return reminded;
}

defineJob(REMIND_OVERDUE_TAKEDOWNS_JOB, async () => {
  await remindOverdueTakedowns();
});
