// Who is asking. The session cookie only names a user; the database decides, on
// every request, whether that token still speaks for them (session-is-current.ts).
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./auth-options";
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";
import type { SessionClaims } from "./session-is-current";
import { userForSession } from "./session-user";

export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  return userForSession(session?.user as SessionClaims | undefined);
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages: the signed-in user holding `permission`, or a 403 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}
