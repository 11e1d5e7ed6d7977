// Tells an account's owner by email of repeated failed sign-ins: after FAILURES_BEFORE_NOTICE
// since their latest sign-in, at most once an hour (User.failedSignInNoticeAt), with how many
// and the network the latest came from (only ever recorded as a /24 or /48). Never a password.
// Optional: the owner may switch it off (/account/notices).
import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { queueEmail } from "@/lib/notices/queue-email";
import { emailEnabled } from "@/lib/notices/email-settings";
import { kickNotices } from "@/lib/notices/kick-notices";
import { failedSignInsEmail } from "@/lib/notices/templates/failed-sign-ins-email";
import { NOTICE_LOCALE_SELECT, noticeLocaleOf } from "@/lib/notices/notice-locale";
import { configuredPublicUrl } from "@/lib/public-url";
import { failedSignInsSinceLatestSignIn } from "./failed-sign-ins";

export const FAILURES_BEFORE_NOTICE = 5;
export const NOTICE_INTERVAL_MS = 60 * 60_000;

/** Queues the notice when it is due; true when one was queued. */
export async function noticeFailedSignInsIfDue(email: string, requestId: string, now = new Date()): Promise<boolean> {
  if (!emailEnabled()) return false;
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, status: true, failedSignInNoticeAt: true, ...NOTICE_LOCALE_SELECT } });
  if (!user || user.status !== "ACTIVE") return false;
  const quietSince = new Date(now.getTime() - NOTICE_INTERVAL_MS);
  if (user.failedSignInNoticeAt && user.failedSignInNoticeAt > quietSince) return false;
  const failures = await failedSignInsSinceLatestSignIn(user.id);
  if (!failures || failures.count < FAILURES_BEFORE_NOTICE) return false;
  const queued = await db().$transaction(async (tx) => {
    // Claimed in one statement: of two failures racing past the check above, one sends.
    const claimed = await tx.user.updateMany({ where: { id: user.id, OR: [{ failedSignInNoticeAt: null }, { failedSignInNoticeAt: { lte: quietSince } }] }, data: { failedSignInNoticeAt: now } });
    if (claimed.count !== 1) return false;
    const message = failedSignInsEmail({ ...failures, resetLink: configuredPublicUrl("/forgot-password"), noticesLink: configuredPublicUrl("/account/notices") }, noticeLocaleOf(user));
    const result = await queueEmail(tx, { kind: "failed-sign-ins", to: user.email, userId: user.id, subject: message.subject, content: { text: message.text } });
    await recordAuditEvent(tx, { actor: null, action: "auth.failed-sign-ins-notice-sent", target: { type: "user", id: user.id }, requestId, details: { failures: failures.count, emailed: result } });
    return result === "queued";
  });
  if (queued) kickNotices();
  return queued;
}

// Checks still running, so a test (or a shutdown) can wait for them.
const running = new Set<Promise<void>>();

/**
 * Runs the check after the failed attempt has been answered, for known and unknown emails
 * alike, so the sign-in's answer and its timing say nothing about whether the account exists.
 * Not a queued job: a guess should not cost a queue entry, and a lost notice is retried by the next failure.
 */
export function checkFailedSignInsLater(email: string, requestId: string): void {
  const check: Promise<void> = new Promise((resolve) => setImmediate(resolve))
    .then(() => noticeFailedSignInsIfDue(email, requestId))
    .then(
      () => undefined,
      (error: unknown) => log("error", "auth.failed-sign-in-notice-failed", { requestId, error: error instanceof Error ? error.name : "unknown" }),
    )
    .finally(() => running.delete(check));
  running.add(check);
}

/** Resolves once every check started so far has finished. */
export async function failedSignInChecksSettled(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}
