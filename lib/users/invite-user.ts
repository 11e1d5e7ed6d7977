import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput } from "@/lib/errors";
import type { InviteUserInput } from "./schemas";
import { queueEmail, type QueueEmailResult } from "@/lib/notices/queue-email";
import { kickNotices } from "@/lib/notices/kick-notices";
import { invitationEmail } from "@/lib/notices/templates/invitation-email";
import { organisationNoticeLocale } from "@/lib/notices/notice-locale";
import { configuredPublicUrl } from "@/lib/public-url";
import { INVITATION_TTL_MS, newAccessToken } from "./access-link-token";
import { assertNewPerson, isStaffRole } from "./staff-roles/staff-roles";
import { m } from "@/lib/i18n/translate";

/** `emailed`: "queued" when the link went to the invited address; otherwise the admin sends it. */
export type InvitationLink = { token: string; expiresAt: Date; id: string; emailed: QueueEmailResult };
export type InviteOutcome = ({ kind: "link" } & InvitationLink) | { kind: "pending"; id: string };

/**
 * A partner invitation is a one-time link (72 h), shown to the admin once. An invitation into
 * a staff role is only a request until a second admin confirms it (confirm-staff-role.ts).
 */
export async function inviteUser(actor: Actor, input: z.infer<typeof InviteUserInput>, requestId: string): Promise<InviteOutcome> {
  assertCan(actor, "users:manage");
  const outcome = await db().$transaction(async (tx): Promise<InviteOutcome> => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new Conflict(m("users.errors.emailExists"));
    }
    // One account per person, never the admin's own mailbox: a partner account on an alias of
    // it could later be promoted into a staff role by a second admin who sees a partner's address.
    await assertNewPerson(tx, actor, input.email);
    if (isStaffRole(input.role)) {
      if (await tx.staffRoleRequest.count({ where: { email: input.email, outcome: null } })) {
        throw new Conflict(m("users.errors.invitationWaiting"));
      }
      const request = await tx.staffRoleRequest.create({ data: { kind: "INVITE", email: input.email, role: input.role, requestedById: actor.id } });
      await recordAuditEvent(tx, { actor, action: "user.staff-role-requested", target: { type: "staff-role-request", id: request.id }, requestId, details: { kind: "INVITE", role: input.role } });
      return { kind: "pending", id: request.id };
    }
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
    if (!org?.active) throw new InvalidInput(m("users.errors.activeOrganisation"), { partnerOrgId: [m("users.errors.activeOrganisation")] });
    const letter = { invitedBy: actor.name, organisation: org.name };
    return { kind: "link", ...(await createInvitationLink(tx, actor, { email: input.email, role: input.role, partnerOrgId: org.id }, requestId, letter)) };
  });
  kickNotices();
  return outcome;
}

/**
 * The one-time link itself; for staff roles only once a second admin confirmed. The invited
 * address is sent it by email (who invited, and the organisation for a partner; nothing else);
 * call kickNotices() after the transaction commits.
 */
export async function createInvitationLink(
  tx: Tx,
  actor: Actor,
  invite: { email: string; role: Role; partnerOrgId: string | null },
  requestId: string,
  letter: { invitedBy: string; organisation: string | null },
): Promise<InvitationLink> {
  const { token, tokenHash } = newAccessToken();
  // A new invitation replaces any earlier one for the same address.
  await tx.accessLink.updateMany({ where: { email: invite.email, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  const created = await tx.accessLink.create({
    data: { purpose: "INVITE", tokenHash, email: invite.email, role: invite.role, partnerOrgId: invite.partnerOrgId, createdById: actor.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
  });
  // no account yet: a partner's invitation reads its organisation's language
  const locale = await organisationNoticeLocale(tx, invite.partnerOrgId);
  const message = invitationEmail({ link: configuredPublicUrl(`/invite/${token}`), invitedBy: letter.invitedBy, organisation: letter.organisation, expiresAt: created.expiresAt }, locale);
  const emailed = await queueEmail(tx, { kind: "invitation", to: invite.email, partnerOrgId: invite.partnerOrgId ?? undefined, subject: message.subject, content: { text: message.text } });
  await recordAuditEvent(tx, { actor, action: "user.invited", target: { type: "access-link", id: created.id }, requestId, details: { role: invite.role, emailed } });
  return { token, expiresAt: created.expiresAt, id: created.id, emailed };
}
