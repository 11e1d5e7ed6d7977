// Server-side session records: the cookie names one, the row says whether it stands.
import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Role } from "@/lib/db/generated/enums";
import { sessionEndsAt } from "./session-lifetimes";

export type SessionEndReason = "sign-out" | "idle" | "expired" | "factor-changed" | "password-reset";

export async function startUserSession(tx: Tx, user: { id: string; role: Role }, options: { secondFactor: boolean; now: Date }): Promise<string> {
  const session = await tx.userSession.create({
    data: {
      userId: user.id,
      createdAt: options.now,
      lastSeenAt: options.now,
      expiresAt: sessionEndsAt(user.role, options.now),
      secondFactor: options.secondFactor,
      // Signing in is itself a full authentication.
      reauthAt: options.now,
    },
    select: { id: true },
  });
  return session.id;
}

/** Ends one session; records it once, however many requests race to end it. */
export async function endUserSession(sessionId: string, reason: SessionEndReason, actor: { id: string; email: string }, now = new Date()): Promise<void> {
  const ended = await db().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } });
  if (ended.count === 0) return;
  await recordAuditEvent(db(), {
    actor,
    action: reason === "sign-out" ? "auth.sign-out" : "auth.session-expired",
    target: { type: "user", id: actor.id },
    requestId: randomUUID(),
    details: { reason },
  });
}

/** Every open session of a person ends (with the session version raised by the caller). */
export async function endAllSessionsOf(client: Db | Tx, userId: string, reason: SessionEndReason, now = new Date()): Promise<void> {
  await client.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}

/** Every open session of a person but the one in use ends: their factor changed under them. */
export async function endOtherSessionsOf(client: Db | Tx, userId: string, keepSessionId: string, reason: SessionEndReason, now = new Date()): Promise<number> {
  const ended = await client.userSession.updateMany({ where: { userId, endedAt: null, id: { not: keepSessionId } }, data: { endedAt: now, endReason: reason } });
  return ended.count;
}

/** Why the session a cookie names ended, for the sign-in page to say so. */
export async function endReasonOf(sessionId: string): Promise<string | null> {
  const session = await db().userSession.findUnique({ where: { id: sessionId }, select: { endReason: true } });
  return session?.endReason ?? null;
}
