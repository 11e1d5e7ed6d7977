// Route handlers ask for authority in one line: the signed-in user holding
// `permission`, or the response to send instead. Anyone else gets a plain 404,
// so a handler's existence and its records are not confirmed to them.
import "server-only";
import { getCurrentUser } from "./current-user";
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";

export function notFoundResponse(): Response {
  return Response.json({ error: "Not found." }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

/**
 *   const actor = await requireApiPermission("testimony:view-raw");
 *   if (actor instanceof Response) return actor;
 */
export async function requireApiPermission(permission: Permission): Promise<Actor | Response> {
  const user = await getCurrentUser();
  if (!user || !can(user, permission)) return notFoundResponse();
  return user;
}
