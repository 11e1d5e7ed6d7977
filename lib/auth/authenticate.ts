// Checks an email and password and records the outcome. A wrong email, a wrong
// password and a disabled account look the same to the person signing in; too many
// failures for one email or from one address stop the guessing (sign-in-throttle.ts).
// An account with a second factor also needs a code: a TOTP code newer than the last
// one accepted, or an unused recovery code; a wrong code counts as a failed attempt.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { verifyPassword } from "./password";
import { UNKNOWN_ADDRESS } from "./client-address";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { DEMO_PASSWORD_NOT_LOCAL, ORGANISATION_DEACTIVATED, SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED, throttledErrorCode } from "./sign-in-errors";
import { startUserSession } from "./user-sessions";
import { verifySecondFactor, type SecondFactorOutcome } from "./two-factor/verify-second-factor";
import { countSignInAttempt, forgiveSignInAttempt } from "./sign-in-throttle";

export { ORGANISATION_DEACTIVATED } from "./sign-in-errors";

const Credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
  code: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(64).optional()),
});

/** `sessionVersion` and `sessionId` go into the session token; session-user.ts checks both against their rows. */
export type AuthenticatedUser = { id: string; email: string; name: string; role: string; sessionVersion: number; sessionId: string };

/** `fromLoopback`: the request came from this machine (lib/auth/loopback.ts); unset counts as not. */
export type AuthenticateOptions = { clientAddress?: string; fromLoopback?: boolean; now?: Date };

export async function authenticate(input: unknown, requestId: string, options: AuthenticateOptions = {}): Promise<AuthenticatedUser | null> {
  const now = options.now ?? new Date();
  const parsed = Credentials.safeParse(input);
  const email = parsed.success ? parsed.data.email : null;
  const password = parsed.success ? parsed.data.password : "";
  if (password === DEMO_PASSWORD && !options.fromLoopback) {
    // Refused before any lookup or hashing: the answer is the same whoever the email names.
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", requestId, details: { reason: "demo-password-not-local" } });
    throw new Error(DEMO_PASSWORD_NOT_LOCAL);
  }
  const attempt = await countSignInAttempt({ email, clientAddress: options.clientAddress ?? UNKNOWN_ADDRESS }, now);
  const user = email ? await db().user.findUnique({ where: { email }, include: { partnerOrg: { select: { active: true } } } }) : null;

  if (attempt.throttledBy) {
    // The password is never checked, but the time a check takes is spent all the same.
    await verifyPassword(null, password);
    await recordAuditEvent(db(), {
      actor: null,
      action: "auth.sign-in-throttled",
      target: user ? { type: "user", id: user.id } : undefined,
      requestId,
      details: { limit: attempt.throttledBy, retryAfterMinutes: attempt.retryAfterMinutes },
    });
    throw new Error(throttledErrorCode(attempt.retryAfterMinutes));
  }

  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.status !== "ACTIVE") {
    await recordAuditEvent(db(), {
      actor: null,
      action: "auth.sign-in-failed",
      target: user ? { type: "user", id: user.id } : undefined,
      requestId,
      details: { reason: !user ? "unknown-email" : !passwordOk ? "wrong-password" : "account-disabled" },
    });
    return null;
  }
  if (user.role === "PARTNER" && !user.partnerOrg?.active) {
    // The right password is not a guess, but it does not sign anyone in either.
    await forgiveSignInAttempt(attempt, { signedIn: false });
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", target: { type: "user", id: user.id }, requestId, details: { reason: "organisation-deactivated" } });
    throw new Error(ORGANISATION_DEACTIVATED);
  }
  let secondFactor: SecondFactorOutcome | null = null;
  if (user.totpEnabledAt) {
    const code = parsed.success ? parsed.data.code : undefined;
    if (!code) {
      // The right password without a code is not a guess: the form now asks for the code.
      await forgiveSignInAttempt(attempt, { signedIn: false });
      throw new Error(SECOND_FACTOR_REQUIRED);
    }
    secondFactor = await verifySecondFactor(db(), user, code, now);
    if (!secondFactor.ok) {
      await recordAuditEvent(db(), { actor: null, action: "auth.second-factor-failed", target: { type: "user", id: user.id }, requestId, details: { method: secondFactor.method, at: "sign-in" } });
      throw new Error(SECOND_FACTOR_INVALID);
    }
  }
  const sessionId = await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await forgiveSignInAttempt(attempt, { signedIn: true }, tx);
    await recordAuditEvent(tx, { actor: user, action: "auth.sign-in", target: { type: "user", id: user.id }, requestId, details: { secondFactor: secondFactor?.method ?? "none" } });
    if (secondFactor?.method === "recovery-code" && secondFactor.ok) {
      await recordAuditEvent(tx, { actor: user, action: "auth.recovery-code-used", target: { type: "user", id: user.id }, requestId, details: { recoveryCodesLeft: secondFactor.recoveryCodesLeft } });
    }
    return startUserSession(tx, user, { secondFactor: secondFactor !== null, now });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId };
}
