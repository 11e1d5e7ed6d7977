// Who is asking. The session cookie only names a user; the database decides, on
// every request, whether that user is still active and still has the same role.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";

export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const token = session?.user as { id?: unknown; role?: unknown } | undefined;
  if (!token || typeof token.id !== "string") return null;
  const user = await db().user.findUnique({
    where: { id: token.id },
    select: { id: true, email: true, name: true, role: true, status: true, partnerOrgId: true, partnerOrg: { select: { active: true } } },
  });
  if (!user || user.status !== "ACTIVE") return null;
  // A changed role ends the session: the person signs in again under the new role.
  if (user.role !== token.role) return null;
  if (user.role === "PARTNER" && !user.partnerOrg?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, partnerOrgId: user.partnerOrgId };
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
