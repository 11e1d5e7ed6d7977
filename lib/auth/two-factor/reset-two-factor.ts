// Removing a second factor: by the person themselves after re-authentication, or
// by an admin for someone who lost their device (never their own: that is the
// person's path). Either way every session of that person ends, and if the factor
// is required they must set up a new one at their next sign-in.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { assertCan } from "../assert-can";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertRecentReauth } from "../recent-reauth";
import type { CurrentSession } from "../session-user";
import { endAllSessionsOf } from "../user-sessions";

export const AdminResetTwoFactorInput = z.object({ userId: z.string().min(1).max(64) });

async function clearFactor(tx: Tx, userId: string, now: Date): Promise<boolean> {
  const cleared = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpEnabledAt: { not: null } }, { totpPendingSecretEnc: { not: null } }] },
    data: { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecretEnc: null, totpPendingAt: null, sessionVersion: { increment: 1 } },
  });
  if (cleared.count === 0) return false;
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await endAllSessionsOf(tx, userId, "factor-changed", now);
  return true;
}

export async function resetOwnTwoFactor(session: CurrentSession, requestId: string, now = new Date()): Promise<void> {
  assertRecentReauth(session, now);
  const { actor } = session;
  await db().$transaction(async (tx) => {
    if (!(await clearFactor(tx, actor.id, now))) throw new Conflict(m("account.twoFactor.errors.notSetUp"));
    await recordAuditEvent(tx, { actor, action: "two-factor.reset", target: { type: "user", id: actor.id }, requestId });
  });
}

export async function resetTwoFactorByAdmin(session: CurrentSession, input: unknown, requestId: string, now = new Date()): Promise<void> {
  const { userId } = parseInput(AdminResetTwoFactorInput, input);
  const { actor } = session;
  assertCan(actor, "users:manage", { targetUserId: userId }, "Reset your own two-factor sign-in from your account page.");
  assertRecentReauth(session, now);
  await db().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!target) throw new NotFound(m("users.errors.noSuchUser"));
    if (!(await clearFactor(tx, target.id, now))) throw new Conflict(m("users.errors.noTwoFactor"));
    await recordAuditEvent(tx, { actor, action: "two-factor.reset-by-admin", target: { type: "user", id: target.id }, requestId });
  });
}
