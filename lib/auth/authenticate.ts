// Checks an email and password and records the outcome. A wrong email, a wrong
// password and a disabled account look the same to the person signing in. Guessing is
// slowed before any password is hashed: per account by growing delays (sign-in-delay.ts),
// per client address by a limit across accounts (sign-in-throttle.ts).
// An account with a second factor also needs a code: a TOTP code newer than the last
// one accepted, or an unused recovery code; a wrong code counts as a failed attempt.
import "server-only";
import type { AppLocale } from "@/lib/i18n/locales";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { verifyPassword } from "./password";
import { truncatedAddress, UNKNOWN_ADDRESS } from "./client-address";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { DEMO_PASSWORD_NOT_LOCAL, ORGANISATION_DEACTIVATED, SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED, throttledErrorCode } from "./sign-in-errors";
import { startUserSession } from "./user-sessions";
import { verifySecondFactor, type SecondFactorOutcome } from "./two-factor/verify-second-factor";
import { countAddressAttempt, forgiveAddressAttempt } from "./sign-in-throttle";
import { claimSignInAttempt, forgiveClaimedAttempt, recordSignedIn } from "./sign-in-delay";
import { checkFailedSignInsLater } from "./failed-sign-in-notice";

export { ORGANISATION_DEACTIVATED } from "./sign-in-errors";

const Credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
  code: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(64).optional()),
});

/** `sessionVersion` and `sessionId` go into the session token; session-user.ts checks both against their rows. */
export type AuthenticatedUser = { id: string; email: string; name: string; role: string; sessionVersion: number; sessionId: string };

/**
 * `fromLoopback`: the request came from this machine (lib/auth/loopback.ts); unset counts as not.
 * `browserLocale`: the language a first sign-in starts the person's profile with.
 */
export type AuthenticateOptions = { clientAddress?: string; fromLoopback?: boolean; now?: Date; browserLocale?: AppLocale };

export async function authenticate(input: unknown, requestId: string, options: AuthenticateOptions = {}): Promise<AuthenticatedUser | null> {
  const now = options.now ?? new Date();
  const clientAddress = options.clientAddress ?? UNKNOWN_ADDRESS;
  // Only the network part is ever recorded: the owner is told of failures from it.
  const from = truncatedAddress(clientAddress);
  const parsed = Credentials.safeParse(input);
  if (!parsed.success) {
    // Nothing to check, nothing to hash: a malformed form is no guess at any account.
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", requestId, details: { reason: "malformed", from } });
    return null;
  }
  const { email, password } = parsed.data;
  if (password === DEMO_PASSWORD && !options.fromLoopback) {
    // Refused before any lookup or hashing: the answer is the same whoever the email names.
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", requestId, details: { reason: "demo-password-not-local", from } });
    throw new Error(DEMO_PASSWORD_NOT_LOCAL);
  }
  const refuse = async (limit: "address" | "account", retryAfterSeconds: number): Promise<never> => {
    const target = await db().user.findUnique({ where: { email }, select: { id: true } });
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-throttled", target: target ? { type: "user", id: target.id } : undefined, requestId, details: { limit, retryAfterSeconds, from } });
    throw new Error(throttledErrorCode(retryAfterSeconds));
  };
  // Refused before the password is hashed: a refusal costs the server a few queries, never a hash.
  const address = await countAddressAttempt(clientAddress, now);
  if (address.throttled) return refuse("address", address.retryAfterSeconds);
  const claim = await claimSignInAttempt(email, clientAddress, now);
  if (!claim.allowed) return refuse("account", claim.retryAfterSeconds);
  const user = await db().user.findUnique({ where: { email }, include: { partnerOrg: { select: { active: true } } } });
  const notAGuess = async () => {
    await forgiveAddressAttempt(address);
    await forgiveClaimedAttempt(claim);
  };

  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.status !== "ACTIVE") {
    await recordAuditEvent(db(), {
      actor: null,
      action: "auth.sign-in-failed",
      target: user ? { type: "user", id: user.id } : undefined,
      requestId,
      details: { reason: !user ? "unknown-email" : !passwordOk ? "wrong-password" : "account-disabled", from },
    });
    // Whatever the email names, after the answer: the owner may be due a notice (failed-sign-in-notice.ts).
    checkFailedSignInsLater(email, requestId);
    return null;
  }
  if (user.role === "PARTNER" && !user.partnerOrg?.active) {
    // The right password is not a guess, but it does not sign anyone in either.
    await notAGuess();
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", target: { type: "user", id: user.id }, requestId, details: { reason: "organisation-deactivated" } });
    throw new Error(ORGANISATION_DEACTIVATED);
  }
  let secondFactor: SecondFactorOutcome | null = null;
  if (user.totpEnabledAt) {
    const code = parsed.data.code;
    if (!code) {
      // The right password without a code is not a guess: the form now asks for the code.
      await notAGuess();
      throw new Error(SECOND_FACTOR_REQUIRED);
    }
    secondFactor = await verifySecondFactor(db(), user, code, now);
    if (!secondFactor.ok) {
      await recordAuditEvent(db(), { actor: null, action: "auth.second-factor-failed", target: { type: "user", id: user.id }, requestId, details: { method: secondFactor.method, at: "sign-in", from } });
      checkFailedSignInsLater(email, requestId);
      throw new Error(SECOND_FACTOR_INVALID);
    }
  }
  const sessionId = await db().$transaction(async (tx) => {
    // A partner who chose no language reads their organisation's, so only staff get a default.
    const startingLocale = user.locale === null && user.role !== "PARTNER" ? options.browserLocale : undefined;
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now, ...(startingLocale ? { locale: startingLocale } : {}) } });
    await forgiveAddressAttempt(address, tx);
    await recordSignedIn(email, clientAddress, now, tx);
    await recordAuditEvent(tx, { actor: user, action: "auth.sign-in", target: { type: "user", id: user.id }, requestId, details: { secondFactor: secondFactor?.method ?? "none" } });
    if (secondFactor?.method === "recovery-code" && secondFactor.ok) {
      await recordAuditEvent(tx, { actor: user, action: "auth.recovery-code-used", target: { type: "user", id: user.id }, requestId, details: { recoveryCodesLeft: secondFactor.recoveryCodesLeft } });
    }
    return startUserSession(tx, user, { secondFactor: secondFactor !== null, now });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId };
}
