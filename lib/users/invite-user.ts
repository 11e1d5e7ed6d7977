import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput } from "@/lib/errors";
import type { InviteUserInput } from "./schemas";
import { INVITATION_TTL_MS, newAccessToken } from "./access-link-token";
import { assertNewPerson, isStaffRole } from "./staff-roles/staff-roles";

export type InviteOutcome = { kind: "link"; token: string; expiresAt: Date; id: string } | { kind: "pending"; id: string };

/**
 * A partner invitation is a one-time link (72 h), shown to the admin once. An invitation into
 * a staff role is only a request until a second admin confirms it (confirm-staff-role.ts).
 */
export async function inviteUser(actor: Actor, input: z.infer<typeof InviteUserInput>, requestId: string): Promise<InviteOutcome> {
  assertCan(actor, "users:manage");
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new Conflict("A user with this email already exists.");
    }
    // One account per person, never the admin's own mailbox: a partner account on an alias of
    // it could later be promoted into a staff role by a second admin who sees a partner's address.
    await assertNewPerson(tx, actor, input.email);
    if (isStaffRole(input.role)) {
      if (await tx.staffRoleRequest.count({ where: { email: input.email, outcome: null } })) {
        throw new Conflict("An invitation for this email is already waiting for a second admin.");
      }
      const request = await tx.staffRoleRequest.create({ data: { kind: "INVITE", email: input.email, role: input.role, requestedById: actor.id } });
      await recordAuditEvent(tx, { actor, action: "user.staff-role-requested", target: { type: "staff-role-request", id: request.id }, requestId, details: { kind: "INVITE", role: input.role } });
      return { kind: "pending", id: request.id };
    }
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
    if (!org?.active) throw new InvalidInput("Choose an active partner organisation.", { partnerOrgId: ["Choose an active partner organisation."] });
    return { kind: "link", ...(await createInvitationLink(tx, actor, { email: input.email, role: input.role, partnerOrgId: org.id }, requestId)) };
  });
}

/** The one-time link itself; for staff roles only once a second admin confirmed. */
export async function createInvitationLink(tx: Tx, actor: Actor, invite: { email: string; role: Role; partnerOrgId: string | null }, requestId: string) {
  const { token, tokenHash } = newAccessToken();
  // A new invitation replaces any earlier one for the same address.
  await tx.accessLink.updateMany({ where: { email: invite.email, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  const created = await tx.accessLink.create({
    data: { purpose: "INVITE", tokenHash, email: invite.email, role: invite.role, partnerOrgId: invite.partnerOrgId, createdById: actor.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
  });
  await recordAuditEvent(tx, { actor, action: "user.invited", target: { type: "access-link", id: created.id }, requestId, details: { role: invite.role } });
  return { token, expiresAt: created.expiresAt, id: created.id };
}
