// Who is asking. The session cookie only names a session; the database decides, on
// every request, whether it still speaks for its user (session-user.ts).
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./auth-options";
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";
import type { SessionClaims } from "./session-is-current";
import { sessionForClaims, type CurrentSession } from "./session-user";
import { reauthIsRecent, reauthPathFor } from "./recent-reauth";

export const TWO_FACTOR_PATH = "/account/two-factor";

/** What the session cookie claims, unchecked: only for saying why a session ended. */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await getServerSession(authOptions());
  return (session?.user as SessionClaims | undefined) ?? null;
});

export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => sessionForClaims(await getSessionClaims()));

export const getCurrentUser = cache(async (): Promise<Actor | null> => (await getCurrentSession())?.actor ?? null);

/** For pages: the signed-in user, or a redirect to the sign-in page (or to two-factor set-up). */
export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (user.mustEnrolSecondFactor) redirect(TWO_FACTOR_PATH);
  return user;
}

/** For pages: the signed-in user holding `permission`, or a 403 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user, permission)) {
    if (user.mustEnrolSecondFactor) redirect(TWO_FACTOR_PATH);
    forbidden();
  }
  return user;
}

/**
 * For pages and downloads that show what identifies a source (raw testimony, its media, the
 * redaction views over it): the session must have proved itself within 10 minutes, as for
 * revealing identifiers; otherwise the person confirms it's them and comes back to `returnTo`.
 */
export async function requireRecentReauth(returnTo: string): Promise<void> {
  const session = await getCurrentSession();
  if (!session) redirect("/signin");
  if (!reauthIsRecent(session.reauthAt)) redirect(reauthPathFor(returnTo));
}
