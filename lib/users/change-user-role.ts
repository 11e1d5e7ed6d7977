import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";
import { sameMailbox } from "./staff-roles/email-alias";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput, InvalidTransition, NotAllowed, NotFound } from "@/lib/errors";
import type { Tx } from "@/lib/db/client";
import type { ChangeRoleInput } from "./schemas";
import { invitedByYouRefusal, invitingAdminOf, isStaffRole, recordRoleChange } from "./staff-roles/staff-roles";
import { m } from "@/lib/i18n/translate";

/**
 * A move into a staff role (admin, editor, reviewer) is only a request until a second admin
 * confirms it; a move out of staff (to partner) takes effect at once. Either way the user's
 * current session ends on their next request, and the role history keeps the change.
 */
export const ownMailboxRefusal = () => m("users.errors.ownMailbox");

export async function changeUserRole(actor: Actor, input: z.infer<typeof ChangeRoleInput>, requestId: string): Promise<{ pending: boolean }> {
  assertCan(actor, "users:manage", { targetUserId: input.userId }, m("users.errors.ownRole"));
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new NotFound(m("users.errors.noSuchUser"));
    if (input.role === "PARTNER") {
      const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
      if (!org?.active) throw new InvalidInput(m("users.errors.activeOrganisation"), { partnerOrgId: [m("users.errors.activeOrganisation")] });
    }
    const partnerOrgId = input.role === "PARTNER" ? (input.partnerOrgId ?? null) : null;
    if (user.role === input.role && user.partnerOrgId === partnerOrgId) return { pending: false };
    await assertHandlesNoSourceUnlessEditor(tx, user.id, input.role);
    if (isStaffRole(input.role)) {
      if (sameMailbox(actor.email, user.email)) throw new NotAllowed(ownMailboxRefusal());
      if ((await invitingAdminOf(tx, user.id)) === actor.id) throw new NotAllowed(invitedByYouRefusal());
      if (await tx.staffRoleRequest.count({ where: { userId: user.id, outcome: null } })) throw new Conflict(m("users.errors.roleChangeWaiting"));
      const request = await tx.staffRoleRequest.create({ data: { kind: "PROMOTE", email: user.email, userId: user.id, role: input.role, requestedById: actor.id } });
      await recordAuditEvent(tx, { actor, action: "user.staff-role-requested", target: { type: "user", id: user.id }, requestId, details: { kind: "PROMOTE", from: user.role, to: input.role, request: request.id } });
      return { pending: true };
    }
    await applyRoleChange(tx, actor, user, input.role, partnerOrgId, requestId);
    return { pending: false };
  });
}

/**
 * A new role starts with no source team and no review assignment: what someone needed to know in their old role
 * they do not keep in the new one, nor regain by a later return to it. A source's handling
 * editor must hand it over before they stop being an editor.
 */
export async function applyRoleChange(tx: Tx, actor: Actor, user: { id: string; role: Role }, role: Role, partnerOrgId: string | null, requestId: string): Promise<void> {
  await assertHandlesNoSourceUnlessEditor(tx, user.id, role);
  await tx.user.update({ where: { id: user.id }, data: { role, partnerOrgId, sessionVersion: { increment: 1 } } });
  const changed = role !== user.role;
  const teamsLeft = changed ? (await tx.sourceTeamMember.deleteMany({ where: { userId: user.id, source: { handlingEditorId: { not: user.id } } } })).count : 0;
  // An assignment lets a reviewer read the raw testimony under review, at any time: it ends with the role too.
  const assignmentsEnded = changed ? (await tx.reviewAssignment.deleteMany({ where: { reviewerId: user.id } })).count : 0;
  await recordRoleChange(tx, user.id, user.role, role, actor.id);
  await recordAuditEvent(tx, { actor, action: "user.role-changed", target: { type: "user", id: user.id }, requestId, details: { from: user.role, to: role, teamsLeft, assignmentsEnded } });
}

async function assertHandlesNoSourceUnlessEditor(tx: Tx, userId: string, role: Role): Promise<void> {
  if (role === "EDITOR") return;
  const handled = await tx.source.findMany({ where: { handlingEditorId: userId, erasedAt: null }, select: { code: true }, orderBy: { code: "asc" }, take: 6 });
  if (handled.length === 0) return;
  const codes = handled.slice(0, 5).map((s) => s.code).join(", ") + (handled.length > 5 ? ", …" : "");
  throw new InvalidTransition(m("users.errors.handlesSources", { codes, count: handled.length }));
}
