// Whether a session token still speaks for its user. Tokens are signed cookies that
// cannot be recalled, so the user's row decides on every request; the session
// version (raised on disable, enable, role change, password change and factor change) makes a
// token issued before any of those changes stay dead even if the change is undone.
import type { Role, UserStatus } from "@/lib/db/generated/enums";

/** What the session token claims, as read from the cookie (unchecked). */
export type SessionClaims = { id?: unknown; sid?: unknown; role?: unknown; sessionVersion?: unknown };

export type SessionRow = {
  role: Role;
  status: UserStatus;
  sessionVersion: number;
  partnerOrg: { active: boolean } | null;
};

export function sessionIsCurrent(claims: SessionClaims, user: SessionRow | null): user is SessionRow {
  if (!user || user.status !== "ACTIVE") return false;
  // A token minted before session versions existed carries none: it is refused too.
  if (claims.sessionVersion !== user.sessionVersion) return false;
  // A changed role ends the session: the person signs in again under the new role.
  if (claims.role !== user.role) return false;
  if (user.role === "PARTNER" && !user.partnerOrg?.active) return false;
  return true;
}
