// Every page, route handler and server action, with the permission that guards
// it. The authorisation matrix test (tests/unit/authorisation-matrix.test.ts)
// fails when an app file has no entry here, or its code does not ask for it.
import type { Permission } from "./permissions";

/** "public": no session needed; "signed-in": any active user. */
export type Guard = Permission | "public" | "signed-in";

export const PAGE_GUARDS: Record<string, Guard> = {
  "/": "signed-in",
  "/signin": "public",
  "/invite/[token]": "public",
  "/dashboard": "workspace:view",
  "/portal": "portal:view",
  "/admin/users": "users:manage",
  "/admin/partners": "partners:manage",
  "/admin/audit": "audit:view",
};

export const ROUTE_HANDLER_GUARDS: Record<string, Guard> = {
  "/api/health": "public",
  "/api/auth/[...nextauth]": "public",
};

/** Keyed by `<file>#<exported action>`. */
export const SERVER_ACTION_GUARDS: Record<string, Guard> = {
  "app/(staff)/admin/users/actions.ts#inviteUserAction": "users:manage",
  "app/(staff)/admin/users/actions.ts#changeRoleAction": "users:manage",
  "app/(staff)/admin/users/actions.ts#setUserStatusAction": "users:manage",
  "app/(staff)/admin/users/actions.ts#revokeInvitationAction": "users:manage",
  "app/(staff)/admin/partners/actions.ts#createPartnerAction": "partners:manage",
  "app/(staff)/admin/partners/actions.ts#renamePartnerAction": "partners:manage",
  "app/(staff)/admin/partners/actions.ts#setPartnerActiveAction": "partners:manage",
  "app/invite/[token]/actions.ts#acceptInvitationAction": "public",
};
