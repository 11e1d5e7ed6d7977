// A new set of ten recovery codes replaces the old set entirely (after re-authentication).
// Whoever used one of the old codes to sign in elsewhere is signed out: the person asking for
// new codes often does so because they fear the old ones were seen.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict } from "@/lib/errors";
import { assertRecentReauth } from "../recent-reauth";
import type { CurrentSession } from "../session-user";
import { newRecoveryCodes } from "./recovery-codes";
import { replaceRecoveryCodes } from "./enrol-two-factor";
import { endOtherSessionsOf } from "../user-sessions";

export async function regenerateRecoveryCodes(session: CurrentSession, requestId: string, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  assertRecentReauth(session, now);
  const { actor } = session;
  const recoveryCodes = newRecoveryCodes();
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (!user.totpEnabledAt) throw new Conflict(m("account.twoFactor.errors.setUpFirst"));
    await replaceRecoveryCodes(tx, actor.id, recoveryCodes);
    const endedSessions = await endOtherSessionsOf(tx, actor.id, session.sessionId, "factor-changed", now);
    await recordAuditEvent(tx, { actor, action: "two-factor.recovery-codes-regenerated", target: { type: "user", id: actor.id }, requestId, details: { endedSessions } });
  });
  return { recoveryCodes };
}
