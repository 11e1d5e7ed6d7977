// The person at the keyboard proves again that they hold the account: password,
// plus a code when they have a second factor. Success stamps the session's row.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput } from "@/lib/errors";
import { verifyPassword } from "./password";
import { claimSignInAttempt, forgiveClaimedAttempt, recordSignedIn } from "./sign-in-delay";
import { throttledErrorCode } from "./sign-in-errors";
import { signInErrorMessage } from "./sign-in-error-message";
import { verifySecondFactor } from "./two-factor/verify-second-factor";
import type { CurrentSession } from "./session-user";

export const ReauthInput = z.object({
  password: z.string().min(1, "account.reauth.passwordRequired").max(1024),
  code: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(64).optional()),
  next: z.string().max(512).optional(),
});

export async function reauthenticate(session: CurrentSession, input: z.infer<typeof ReauthInput>, requestId: string, now = new Date()): Promise<void> {
  const { actor } = session;
  // Failures are slowed by the same growing delays as sign-in, so this is no side door for
  // guessing; refused before any hashing. The place is this account's own session: only
  // someone holding it adds to its count, never a stranger guessing at the sign-in form.
  const place = `reauth:${actor.id}`;
  const attempt = await claimSignInAttempt(actor.email, place, now, { ownPlace: true });
  if (!attempt.allowed) throw new InvalidInput(signInErrorMessage(throttledErrorCode(attempt.retryAfterSeconds)));
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, passwordHash: true, totpEnabledAt: true, totpSecretEnc: true, totpLastStep: true } });

  const fail = async (reason: string, field: "password" | "code", message: string): Promise<never> => {
    await recordAuditEvent(db(), { actor, action: "auth.reauth-failed", target: { type: "user", id: actor.id }, requestId, details: { reason } });
    throw new InvalidInput(message, { [field]: [message] });
  };

  if (!(await verifyPassword(user.passwordHash, input.password))) await fail("wrong-password", "password", m("account.reauth.wrongPassword"));
  let method = "password";
  if (user.totpEnabledAt) {
    if (!input.code) {
      await forgiveClaimedAttempt(attempt);
      throw new InvalidInput(m("account.reauth.codeNeeded"), { code: [m("account.reauth.codeNeeded")] });
    }
    const outcome = await verifySecondFactor(db(), user, input.code, now);
    if (!outcome.ok) {
      await recordAuditEvent(db(), { actor, action: "auth.second-factor-failed", target: { type: "user", id: actor.id }, requestId, details: { method: outcome.method, at: "reauth" } });
      await fail("wrong-code", "code", m("account.reauth.wrongCode"));
    }
    method = outcome.method;
    if (outcome.ok && outcome.method === "recovery-code") {
      await recordAuditEvent(db(), { actor, action: "auth.recovery-code-used", target: { type: "user", id: actor.id }, requestId, details: { recoveryCodesLeft: outcome.recoveryCodesLeft, at: "reauth" } });
    }
  }
  await db().$transaction(async (tx) => {
    await tx.userSession.update({ where: { id: session.sessionId }, data: { reauthAt: now } });
    await recordSignedIn(actor.email, place, now, tx);
    await recordAuditEvent(tx, { actor, action: "auth.reauthenticated", target: { type: "user", id: actor.id }, requestId, details: { method } });
  });
}
