// The one place that answers "may this user do this (to this resource)?".
// Pages, server actions and route handlers ask it; hiding a button is never the check.
import type { Role } from "@/lib/db/generated/enums";
import { roleHolds, type Permission } from "./permissions";

export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerOrgId: string | null;
  /** Signed in with a password, but must set up two-factor sign-in before anything else. */
  mustEnrolSecondFactor?: boolean;
};

/** Resources whose permission depends on who is asking, not only on the role. */
type ResourceRules = {
  // Nobody approves their own work: whoever changed the spans may not review them.
  "redaction:review": { editorIds: readonly string[] };
  // Nor content: a reviewer who edited any version of an item may not approve it.
  "content:review": { editorIds: readonly string[] };
  // Admins may not demote or disable themselves and so lock everyone out.
  "users:manage": { targetUserId: string } | undefined;
};

type ResourceOf<P extends Permission> = P extends keyof ResourceRules ? ResourceRules[P] : undefined;

export function can<P extends Permission>(actor: Actor | null | undefined, permission: P, resource?: ResourceOf<P>): boolean {
  if (!actor) return false;
  // Until the second factor is set up, the account's own security page is all there is.
  if (actor.mustEnrolSecondFactor && permission !== "account:security") return false;
  if (!roleHolds(actor.role, permission)) return false;
  if (resource === undefined) return true;
  if (permission === "redaction:review" || permission === "content:review") {
    return !(resource as ResourceRules["redaction:review"]).editorIds.includes(actor.id);
  }
  if (permission === "users:manage") {
    const target = resource as NonNullable<ResourceRules["users:manage"]>;
    return target.targetUserId !== actor.id;
  }
  return true;
}
