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
  "/sources": "sources:view",
  "/sources/new": "sources:edit",
  "/sources/[sourceId]": "sources:view",
  "/sources/[sourceId]/testimony/new": "testimony:edit",
  "/testimony/[testimonyId]": "testimony:view-raw",
  "/testimony/[testimonyId]/redaction": "redaction:edit",
  "/testimony/[testimonyId]/review": "redaction:review",
  "/reviews": "redaction:review",
};

export const ROUTE_HANDLER_GUARDS: Record<string, Guard> = {
  "/api/health": "public",
  "/api/auth/[...nextauth]": "public",
  "/testimony/[testimonyId]/media/[mediaId]": "testimony:view-raw",
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
  "app/(staff)/sources/actions.ts#createSourceAction": "sources:edit",
  "app/(staff)/sources/actions.ts#updateSourceAction": "sources:edit",
  "app/(staff)/sources/actions.ts#revealIdentifiersAction": "sources:view",
  "app/(staff)/sources/actions.ts#addDictionaryEntryAction": "sources:edit",
  "app/(staff)/sources/actions.ts#removeDictionaryEntryAction": "sources:edit",
  "app/(staff)/sources/actions.ts#updateConsentAction": "sources:edit",
  "app/(staff)/sources/actions.ts#withdrawConsentAction": "sources:edit",
  "app/(staff)/sources/[sourceId]/testimony/new/actions.ts#createTestimonyAction": "testimony:edit",
  "app/(staff)/testimony/[testimonyId]/redaction/actions.ts#saveRedactionAction": "redaction:edit",
  "app/(staff)/testimony/[testimonyId]/redaction/actions.ts#submitRedactionAction": "redaction:submit",
  "app/(staff)/testimony/[testimonyId]/review/actions.ts#approveRedactionAction": "redaction:review",
  "app/(staff)/testimony/[testimonyId]/review/actions.ts#requestChangesAction": "redaction:review",
};
