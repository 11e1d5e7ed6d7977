// Hourly, and on an admin's request: each handling editor with a source whose consent expires
// within 30 days gets a digest, at most one every 7 days. The digest names sources by code
// name (S-0001, a sequence number) and expiry date only, with a link to each.
import "server-only";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/job-queue";
import { kickNotices } from "@/lib/notices/kick-notices";
import { queueEmail } from "@/lib/notices/queue-email";
import { noticeLink } from "@/lib/notices/notice-link";
import { consentDigestEmail, type ExpiringConsent } from "@/lib/notices/templates/consent-digest";
import { userNoticeLocale } from "@/lib/notices/notice-locale";

export const SEND_CONSENT_DIGESTS_JOB = "notices.consent-digests";

const DAY_MS = 24 * 60 * 60 * 1000;
export const DIGEST_WINDOW_DAYS = 30;
export const DIGEST_INTERVAL_DAYS = 7;

export type DigestRun = { queued: number; skippedRecent: number; optedOut: number; emailOff: boolean };

export async function sendConsentDigests(now = new Date()): Promise<DigestRun> {
  const consents = await db().consent.findMany({
    where: {
      withdrawnAt: null,
      expiresAt: { gt: now, lte: new Date(now.getTime() + DIGEST_WINDOW_DAYS * DAY_MS) },
      source: { erasedAt: null, handlingEditor: { status: "ACTIVE", role: "EDITOR" } },
    },
    orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
    select: { expiresAt: true, source: { select: { id: true, code: true, handlingEditor: { select: { id: true, email: true } } } } },
  });
  const byEditor = new Map<string, { email: string; consents: ExpiringConsent[] }>();
  for (const c of consents) {
    const editor = c.source.handlingEditor;
    const entry = byEditor.get(editor.id) ?? { email: editor.email, consents: [] };
    entry.consents.push({ code: c.source.code, expiresAt: c.expiresAt!, url: noticeLink(`/sources/${encodeURIComponent(c.source.id)}`) });
    byEditor.set(editor.id, entry);
  }
  const run: DigestRun = { queued: 0, skippedRecent: 0, optedOut: 0, emailOff: false };
  const since = new Date(now.getTime() - DIGEST_INTERVAL_DAYS * DAY_MS);
  for (const [userId, { email, consents: list }] of byEditor) {
    await db().$transaction(async (tx) => {
      // one editor at a time, so two runs at once cannot both send this week's digest
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
      if (await tx.outboundEmail.count({ where: { kind: "consent-digest", userId, createdAt: { gt: since } } })) {
        run.skippedRecent++;
        return;
      }
      const { subject, text } = consentDigestEmail(list, await userNoticeLocale(tx, userId));
      const result = await queueEmail(tx, { kind: "consent-digest", to: email, userId, subject, content: { text } });
      if (result === "queued") run.queued++;
      else if (result === "opted-out") run.optedOut++;
      else run.emailOff = true;
    });
  }
  if (run.queued > 0) kickNotices();
  return run;
}

defineJob(SEND_CONSENT_DIGESTS_JOB, async () => {
  await sendConsentDigests();
});
