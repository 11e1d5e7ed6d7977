// The user a session token speaks for, or null when the token is no longer current.
// Framework-free so that the rules can be exercised without a request.
import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./policy";
import { sessionIsCurrent, type SessionClaims } from "./session-is-current";

export async function userForSession(claims: SessionClaims | null | undefined): Promise<Actor | null> {
  if (!claims || typeof claims.id !== "string") return null;
  const user = await db().user.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, role: true, status: true, sessionVersion: true, partnerOrgId: true, partnerOrg: { select: { active: true } } },
  });
  if (!sessionIsCurrent(claims, user)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, partnerOrgId: user.partnerOrgId };
}
