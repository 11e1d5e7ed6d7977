// Redeems a reset link: checks the new password, the second factor where the account needs
// one, then in one transaction claims the link (a second use fails), sets the password,
// raises the session version and ends every session, and audits it.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";
import { hashPassword } from "../password";
import { weakPasswordReason } from "../weak-password-reason";
import { claimSignInAttempt, forgiveClaimedAttempt } from "../sign-in-delay";
import { throttledErrorCode } from "../sign-in-errors";
import { signInErrorMessage } from "../sign-in-error-message";
import { truncatedAddress } from "../client-address";
import { endAllSessionsOf } from "../user-sessions";
import { verifySecondFactor } from "../two-factor/verify-second-factor";
import { checkFailedSignInsLater } from "../failed-sign-in-notice";
import type { ResetPasswordInput } from "./schemas";
import { askAnAdmin, resetLinkInvalid, secondFactorStepFor, usableResetLink } from "./find-password-reset-link";


export async function resetPassword(input: z.infer<typeof ResetPasswordInput>, clientAddress: string, requestId: string, now = new Date()): Promise<void> {
  // The token is checked before anything is hashed: a made-up token costs the server a query.
  const usable = await usableResetLink(input.token, now);
  if (!usable) throw new InvalidInput(resetLinkInvalid());
  const { user, link } = usable;
  const step = await secondFactorStepFor(user);
  if (step === "ask-admin") throw new InvalidInput(askAnAdmin());
  const weak = weakPasswordReason(input.password, { email: user.email, name: user.name });
  if (weak) throw new InvalidInput(m("auth.reset.chooseAnother"), { password: [weak] });

  let secondFactor: string = "none";
  if (step === "code") {
    if (!input.code) throw new InvalidInput(m("auth.reset.codeNeeded"), { code: [m("auth.reset.codeNeeded")] });
    // A wrong code here is a guess at the account like one at the sign-in form, slowed the same way.
    const attempt = await claimSignInAttempt(user.email, clientAddress, now);
    if (!attempt.allowed) throw new InvalidInput(signInErrorMessage(throttledErrorCode(attempt.retryAfterSeconds)));
    const outcome = await verifySecondFactor(db(), user, input.code, now);
    if (!outcome.ok) {
      await recordAuditEvent(db(), { actor: null, action: "auth.second-factor-failed", target: { type: "user", id: user.id }, requestId, details: { method: outcome.method, at: "password-reset", from: truncatedAddress(clientAddress) } });
      checkFailedSignInsLater(user.email, requestId);
      throw new InvalidInput(m("auth.reset.codeWrong"), { code: [m("auth.reset.codeWrong")] });
    }
    await forgiveClaimedAttempt(attempt);
    secondFactor = outcome.method;
    if (outcome.method === "recovery-code") {
      await recordAuditEvent(db(), { actor: user, action: "auth.recovery-code-used", target: { type: "user", id: user.id }, requestId, details: { recoveryCodesLeft: outcome.recoveryCodesLeft, at: "password-reset" } });
    }
  }

  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    // Claimed first: of two concurrent redemptions, one finds the link already used.
    const claimed = await tx.accessLink.updateMany({ where: { id: link.id, purpose: "PASSWORD_RESET", usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new Conflict(resetLinkInvalid());
    const updated = await tx.user.updateMany({ where: { id: user.id, status: "ACTIVE" }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (updated.count !== 1) throw new Conflict(resetLinkInvalid());
    await endAllSessionsOf(tx, user.id, "password-reset", now);
    await tx.accessLink.updateMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(tx, { actor: user, action: "auth.password-reset", target: { type: "user", id: user.id }, requestId, details: { secondFactor, from: truncatedAddress(clientAddress) } });
  });
}
