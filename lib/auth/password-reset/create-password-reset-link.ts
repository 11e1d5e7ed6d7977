// The work behind "Forgot your password?", run as a job so the request that asked for it
// answers the same whatever the address: for an active account with a password, a new
// 30-minute single-use link (earlier unused ones revoked) and an email with it. For any
// other address nothing is made and nothing is sent.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { newAccessToken } from "@/lib/users/access-link-token";
import { queueEmail } from "@/lib/notices/queue-email";
import { emailEnabled } from "@/lib/notices/email-settings";
import { kickNotices } from "@/lib/notices/kick-notices";
import { passwordResetEmail } from "@/lib/notices/templates/password-reset-email";
import { NOTICE_LOCALE_SELECT, noticeLocaleOf } from "@/lib/notices/notice-locale";
import { configuredPublicUrl } from "@/lib/public-url";
import { PASSWORD_RESET_TTL_MINUTES, PASSWORD_RESET_TTL_MS } from "./reset-link-ttl";

export async function createPasswordResetLink(email: string, requestId: string, now = new Date()): Promise<void> {
  // A link nobody can receive would only be a way into the account.
  if (!emailEnabled()) return;
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, role: true, status: true, passwordHash: true, partnerOrgId: true, ...NOTICE_LOCALE_SELECT } });
  if (!user || user.status !== "ACTIVE" || !user.passwordHash) return;
  const { token, tokenHash } = newAccessToken();
  await db().$transaction(async (tx) => {
    await tx.accessLink.updateMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const link = await tx.accessLink.create({
      data: { purpose: "PASSWORD_RESET", tokenHash, email: user.email, role: user.role, userId: user.id, partnerOrgId: user.partnerOrgId, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS), createdAt: now },
    });
    const message = passwordResetEmail({ link: configuredPublicUrl(`/reset/${token}`), validMinutes: PASSWORD_RESET_TTL_MINUTES }, noticeLocaleOf(user));
    await queueEmail(tx, { kind: "password-reset", to: user.email, userId: user.id, subject: message.subject, content: { text: message.text } });
    await recordAuditEvent(tx, { actor: null, action: "auth.password-reset-link-sent", target: { type: "user", id: user.id }, requestId, details: { linkId: link.id } });
  });
  kickNotices();
}
