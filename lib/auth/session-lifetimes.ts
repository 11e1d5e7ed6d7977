// How long a session may stand. Staff hold the sources' secrets, so their sessions
// end after a short idle time (SESSION_IDLE_MINUTES, default 30) and 12 hours in all;
// partners only download what was shared with them: 8 hours in all, no idle limit.
import type { Role } from "@/lib/db/generated/enums";

export const STAFF_SESSION_HOURS = 12;
export const PARTNER_SESSION_HOURS = 8;
/** Last activity is written at most this often, so every request is not a write. */
export const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

const HOUR_MS = 60 * 60_000;

export function sessionEndsAt(role: Role, startedAt: Date): Date {
  const hours = role === "PARTNER" ? PARTNER_SESSION_HOURS : STAFF_SESSION_HOURS;
  return new Date(startedAt.getTime() + hours * HOUR_MS);
}

export function idleLimitMs(role: Role, idleMinutes: number): number | null {
  return role === "PARTNER" ? null : idleMinutes * 60_000;
}

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date };

/** Why a session has run out at `now`, or null while it stands. */
export function sessionExpiry(session: SessionTimes, role: Role, now: Date, idleMinutes: number): "expired" | "idle" | null {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  const idle = idleLimitMs(role, idleMinutes);
  if (idle !== null && now.getTime() - session.lastSeenAt.getTime() >= idle) return "idle";
  return null;
}
