// The session a cookie speaks for, or null when it no longer stands: its row ended
// (sign-out, factor change) or ran out (idle, absolute limit), or the user's row says
// the token is stale (session-is-current.ts). Framework-free so the rules can be
// exercised without a request.
import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "./policy";
import { sessionIsCurrent, type SessionClaims } from "./session-is-current";
import { ACTIVITY_WRITE_INTERVAL_MS, sessionExpiry } from "./session-lifetimes";
import { endUserSession } from "./user-sessions";
import { twoFactorRequiredFor } from "./two-factor/load-two-factor-subject";

export type CurrentSession = {
  actor: Actor;
  sessionId: string;
  /** The last time this session proved password (and second factor, when there is one). */
  reauthAt: Date | null;
  hasSecondFactor: boolean;
};

const USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  status: true,
  sessionVersion: true,
  partnerOrgId: true,
  totpEnabledAt: true,
  locale: true,
  partnerOrg: { select: { active: true, defaultLocale: true } },
} as const;

export async function sessionForClaims(claims: SessionClaims | null | undefined, now = new Date()): Promise<CurrentSession | null> {
  if (!claims || typeof claims.id !== "string" || typeof claims.sid !== "string") return null;
  const session = await db().userSession.findUnique({
    where: { id: claims.sid },
    select: { id: true, userId: true, lastSeenAt: true, expiresAt: true, endedAt: true, reauthAt: true, user: { select: USER_FIELDS } },
  });
  if (!session || session.userId !== claims.id || session.endedAt) return null;
  const user = session.user;
  if (!sessionIsCurrent(claims, user)) return null;
  const expiry = sessionExpiry(session, user.role, now, env().SESSION_IDLE_MINUTES);
  if (expiry) {
    await endUserSession(session.id, expiry, user, now);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
    await db().userSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const mustEnrol = !user.totpEnabledAt && (await twoFactorRequiredFor(user));
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role, partnerOrgId: user.partnerOrgId, locale: user.locale, organisationLocale: user.partnerOrg?.defaultLocale ?? null };
  if (mustEnrol) actor.mustEnrolSecondFactor = true;
  return { actor, sessionId: session.id, reauthAt: session.reauthAt, hasSecondFactor: user.totpEnabledAt !== null };
}

export async function userForSession(claims: SessionClaims | null | undefined, now = new Date()): Promise<Actor | null> {
  return (await sessionForClaims(claims, now))?.actor ?? null;
}
