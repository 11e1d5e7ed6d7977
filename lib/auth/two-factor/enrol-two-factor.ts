// Setting up two-factor sign-in, in two steps bound to the signed-in person alone:
// start (after re-authentication) draws a secret and seals it onto *their* row;
// confirm checks a code against *their* pending secret. Neither step takes a user id,
// a secret or anything else that names an account from the request (the 2024
// SecureDrop audit found enrolment that trusted such a field).
import "server-only";
import { m } from "@/lib/i18n/translate";
import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertRecentReauth } from "../recent-reauth";
import type { CurrentSession } from "../session-user";
import { endAllSessionsOf } from "../user-sessions";
import { acceptedTotpStep, newTotpSecret } from "./totp";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { openTotpSecret, sealTotpSecret } from "./totp-secret-box";

/** A secret shown and not confirmed within this time has to be drawn again. */
export const PENDING_ENROLMENT_MS = 15 * 60_000;

export const ConfirmEnrolmentInput = z.object({ code: z.string().trim().min(1, "account.twoFactor.errors.codeRequired").max(16) });

export async function startTwoFactorEnrolment(session: CurrentSession, requestId: string, now = new Date()): Promise<void> {
  assertRecentReauth(session, now);
  const { actor } = session;
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (user.totpEnabledAt) throw new Conflict(m("account.twoFactor.errors.alreadyOnResetFirst"));
    await tx.user.update({ where: { id: actor.id }, data: { totpPendingSecretEnc: sealTotpSecret(actor.id, newTotpSecret()), totpPendingAt: now } });
    await recordAuditEvent(tx, { actor, action: "two-factor.enrolment-started", target: { type: "user", id: actor.id }, requestId });
  });
}

/** Confirms the pending secret with a code from the app; returns the recovery codes, shown this once. */
export async function confirmTwoFactorEnrolment(session: CurrentSession, input: unknown, requestId: string, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(ConfirmEnrolmentInput, input);
  const { actor } = session;
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true, totpPendingSecretEnc: true, totpPendingAt: true } });
  if (user.totpEnabledAt) throw new Conflict(m("account.twoFactor.errors.alreadyOn"));
  if (!user.totpPendingSecretEnc || !user.totpPendingAt || now.getTime() - user.totpPendingAt.getTime() > PENDING_ENROLMENT_MS) {
    throw new Conflict(m("account.twoFactor.errors.startAgain"));
  }
  const secret = openTotpSecret(actor.id, user.totpPendingSecretEnc);
  const step = acceptedTotpStep({ secret, code, now, lastAcceptedStep: null });
  if (step === null) {
    await recordAuditEvent(db(), { actor, action: "two-factor.enrolment-failed", target: { type: "user", id: actor.id }, requestId });
    throw new InvalidInput(m("account.twoFactor.errors.noMatch"), { code: [m("account.twoFactor.errors.noMatchShort")] });
  }
  const recoveryCodes = newRecoveryCodes();
  await db().$transaction(async (tx) => {
    // Only the secret still pending is taken: a second confirmation finds none.
    const taken = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpPendingSecretEnc: { not: null } },
      data: {
        totpSecretEnc: sealTotpSecret(actor.id, secret),
        totpEnabledAt: now,
        totpLastStep: step,
        totpPendingSecretEnc: null,
        totpPendingAt: null,
        sessionVersion: { increment: 1 },
      },
    });
    if (taken.count !== 1) throw new Conflict(m("account.twoFactor.errors.alreadyOn"));
    await replaceRecoveryCodes(tx, actor.id, recoveryCodes);
    await endAllSessionsOf(tx, actor.id, "factor-changed", now);
    await recordAuditEvent(tx, { actor, action: "two-factor.enrolled", target: { type: "user", id: actor.id }, requestId, details: { recoveryCodes: recoveryCodes.length } });
  });
  return { recoveryCodes };
}

export async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code)! })) });
}
