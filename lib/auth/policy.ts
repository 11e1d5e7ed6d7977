// The one place that answers "may this user do this (to this resource)?".
// Pages, server actions and route handlers ask it; hiding a button is never the check.
import type { Role } from "@/lib/db/generated/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { roleHolds, type Permission } from "./permissions";

export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerOrgId: string | null;
  /** The interface language the person chose (profile); null until they choose. */
  locale?: AppLocale | null;
  /** A partner's organisation's language, read when the person chose none. */
  organisationLocale?: AppLocale | null;
  /** Signed in with a password, but must set up two-factor sign-in before anything else. */
  mustEnrolSecondFactor?: boolean;
};

/** A source's team, and until when an admin's emergency access to it lasts (for the asking admin). */
export type SourceAccess = { teamIds: readonly string[]; emergencyUntil: Date | null };

/**
 * A redaction or item under review: everyone who edited or submitted it (by person, whatever
 * role they hold now) and the reviewers assigned to it.
 */
export type ReviewAccess = { authorIds: readonly string[]; assigneeIds: readonly string[] };

/** Resources whose permission depends on who is asking, not only on the role. */
type ResourceRules = {
  // Only the source's team (or an admin in emergency access) sees what identifies it.
  "sources:reveal": SourceAccess;
  // Only the team changes it: emergency access reads, it never writes.
  "sources:edit": SourceAccess | undefined;
  "testimony:edit": SourceAccess;
  "redaction:edit": SourceAccess;
  "redaction:submit": SourceAccess;
  // The team, an admin in emergency access, or a reviewer assigned to the testimony's redaction.
  "testimony:view-raw": SourceAccess & { assigneeIds: readonly string[] };
  "sources:manage-team": { handlingEditorId: string };
  // Assigned, and nobody approves their own work.
  "redaction:review": ReviewAccess;
  "content:review": ReviewAccess;
  // Editors read every item; a reviewer reads only the items assigned to them.
  "content:view": { assigneeIds: readonly string[] };
  // Admins may not demote or disable themselves and so lock everyone out.
  "users:manage": { targetUserId: string } | undefined;
  // The second admin is a different admin.
  "users:confirm-staff-role": { requestedById: string };
  // Only the person who asked for a background job (or an admin) follows it.
  "jobs:view": { requestedById: string | null };
};

type ResourceOf<P extends Permission> = P extends keyof ResourceRules ? ResourceRules[P] : undefined;

/** Team members read as the team; an admin reads as the team only while their emergency access lasts. */
function readsAsTeam(actor: Actor, source: SourceAccess, now: Date): boolean {
  if (actor.role === "ADMIN") return source.emergencyUntil !== null && source.emergencyUntil > now;
  return source.teamIds.includes(actor.id);
}

function reviews(actor: Actor, review: ReviewAccess): boolean {
  return review.assigneeIds.includes(actor.id) && !review.authorIds.includes(actor.id);
}

export function can<P extends Permission>(actor: Actor | null | undefined, permission: P, resource?: ResourceOf<P>): boolean {
  if (!actor) return false;
  // Until the second factor is set up, the account's own security page is all there is.
  if (actor.mustEnrolSecondFactor && permission !== "account:security") return false;
  if (!roleHolds(actor.role, permission)) return false;
  if (resource === undefined) return true;
  const now = new Date();
  switch (permission) {
    case "sources:reveal":
      return readsAsTeam(actor, resource as SourceAccess, now);
    case "sources:edit":
    case "testimony:edit":
    case "redaction:edit":
    case "redaction:submit":
      return (resource as SourceAccess).teamIds.includes(actor.id);
    case "testimony:view-raw": {
      const target = resource as ResourceRules["testimony:view-raw"];
      return readsAsTeam(actor, target, now) || (actor.role === "REVIEWER" && target.assigneeIds.includes(actor.id));
    }
    case "sources:manage-team":
      return actor.role === "ADMIN" || (resource as ResourceRules["sources:manage-team"]).handlingEditorId === actor.id;
    case "redaction:review":
    case "content:review":
      return reviews(actor, resource as ReviewAccess);
    case "content:view":
      return actor.role !== "REVIEWER" || (resource as ResourceRules["content:view"]).assigneeIds.includes(actor.id);
    case "users:manage":
      return (resource as NonNullable<ResourceRules["users:manage"]>).targetUserId !== actor.id;
    case "users:confirm-staff-role":
      return (resource as ResourceRules["users:confirm-staff-role"]).requestedById !== actor.id;
    case "jobs:view":
      return actor.role === "ADMIN" || (resource as ResourceRules["jobs:view"]).requestedById === actor.id;
    default:
      return true;
  }
}
