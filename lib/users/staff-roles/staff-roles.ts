// Which roles are staff roles (they reach sources, testimony or people), and the rules any
// grant of one follows: one account per person, never the requesting admin's own.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { Conflict, InvalidInput } from "@/lib/errors";
import { sameMailbox } from "./email-alias";
import { m } from "@/lib/i18n/translate";

export const STAFF_ROLES: readonly Role[] = ["ADMIN", "EDITOR", "REVIEWER"];
export const isStaffRole = (role: Role) => STAFF_ROLES.includes(role);

/** Refuses an address that is, or aliases, the admin's own or any existing account's. */
export async function assertNewPerson(tx: Tx, admin: { email: string }, email: string): Promise<void> {
  if (sameMailbox(admin.email, email)) {
    throw new InvalidInput(m("users.errors.inviteYourself"), { email: [m("users.errors.ownAddress")] });
  }
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  const domains = domain === "gmail.com" || domain === "googlemail.com" ? ["gmail.com", "googlemail.com"] : [domain];
  const sameDomain = await tx.user.findMany({ where: { OR: domains.map((d) => ({ email: { endsWith: `@${d}`, mode: "insensitive" as const } })) }, select: { email: true } });
  if (sameDomain.some((u) => sameMailbox(u.email, email))) throw new Conflict(m("users.errors.aliasExists"));
}

/** Every role a person holds, kept with who granted it. */
export async function recordRoleChange(tx: Tx, userId: string, fromRole: Role | null, toRole: Role, changedById: string | null): Promise<void> {
  await tx.roleChange.create({ data: { userId, fromRole, toRole, changedById } });
}

export const invitedByYouRefusal = () => m("users.errors.invitedByYou");

/** The admin whose invitation link created the account (they saw the link, so may hold the password); null for a bootstrap admin. */
/**
 * The admin who alone made a partner account's invitation and was shown its link at once, so
 * may hold its password. A staff invitation's link is shown only after a second admin
 * confirmed it, so it names nobody here (with two admins, a later role change stays possible).
 */
export async function invitingAdminOf(tx: Tx, userId: string): Promise<string | null> {
  const first = await tx.roleChange.findFirst({ where: { userId, fromRole: null, toRole: "PARTNER" }, orderBy: { createdAt: "asc" }, select: { changedById: true } });
  return first?.changedById ?? null;
}
