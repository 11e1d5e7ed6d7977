// The second admin's decision on an invitation or promotion into a staff role. The admin who
// asked cannot confirm it, nor can anyone confirm a role for themselves.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotAllowed, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { createInvitationLink } from "../invite-user";
import { kickNotices } from "@/lib/notices/kick-notices";
import type { QueueEmailResult } from "@/lib/notices/queue-email";
import { applyRoleChange, ownMailboxRefusal } from "../change-user-role";
import { StaffRoleDecisionInput } from "../schemas";
import { sameMailbox } from "./email-alias";
import { assertNewPerson, invitedByYouRefusal, invitingAdminOf } from "./staff-roles";
import { m } from "@/lib/i18n/translate";


export type Confirmed = { kind: "link"; email: string; token: string; expiresAt: Date; emailed: QueueEmailResult } | { kind: "role"; email: string };

export async function confirmStaffRoleRequest(admin: Actor, raw: StaffRoleDecisionInput, requestId: string): Promise<Confirmed> {
  assertCan(admin, "users:confirm-staff-role");
  const input = parseInput(StaffRoleDecisionInput, raw);
  const confirmed = await db().$transaction(async (tx): Promise<Confirmed> => {
    const request = await tx.staffRoleRequest.findUnique({ where: { id: input.requestId } });
    if (!request) throw new NotFound(m("users.errors.noSuchRequest"));
    assertCan(admin, "users:confirm-staff-role", { requestedById: request.requestedById }, m("users.errors.ownRequest"));
    if (request.userId === admin.id || sameMailbox(request.email, admin.email)) throw new NotAllowed(m("users.errors.confirmForYourself"));
    const claimed = await tx.staffRoleRequest.updateMany({ where: { id: request.id, outcome: null }, data: { outcome: "CONFIRMED", decidedById: admin.id, decidedAt: new Date() } });
    if (claimed.count !== 1) throw new Conflict(m("users.errors.alreadyDecided"));
    await recordAuditEvent(tx, { actor: admin, action: "user.staff-role-confirmed", target: { type: "staff-role-request", id: request.id }, requestId, details: { kind: request.kind, role: request.role, requestedBy: request.requestedById } });
    if (request.kind === "INVITE") {
      // Checked again: the address may have become someone's meanwhile.
      const requester = await tx.user.findUniqueOrThrow({ where: { id: request.requestedById }, select: { email: true, name: true } });
      await assertNewPerson(tx, { email: requester.email }, request.email);
      // The email names the admin who asked for the invitation: the one the invited person knows.
      const link = await createInvitationLink(tx, admin, { email: request.email, role: request.role, partnerOrgId: null }, requestId, { invitedBy: requester.name, organisation: null });
      return { kind: "link", email: request.email, token: link.token, expiresAt: link.expiresAt, emailed: link.emailed };
    }
    const user = await tx.user.findUnique({ where: { id: request.userId ?? "" }, select: { id: true, role: true, email: true } });
    if (!user) throw new NotFound(m("users.errors.noSuchUser"));
    // Checked again: the requester must not be promoting an account on their own mailbox.
    const requester = await tx.user.findUniqueOrThrow({ where: { id: request.requestedById }, select: { email: true } });
    if (sameMailbox(requester.email, user.email)) throw new NotAllowed(ownMailboxRefusal());
    if ((await invitingAdminOf(tx, user.id)) === admin.id) throw new NotAllowed(invitedByYouRefusal());
    await applyRoleChange(tx, admin, user, request.role, null, requestId);
    return { kind: "role", email: user.email };
  });
  kickNotices();
  return confirmed;
}

export async function rejectStaffRoleRequest(admin: Actor, raw: StaffRoleDecisionInput, requestId: string): Promise<void> {
  assertCan(admin, "users:confirm-staff-role");
  const input = parseInput(StaffRoleDecisionInput, raw);
  await db().$transaction(async (tx) => {
    // The requesting admin may withdraw their own request; rejecting needs no second person.
    const decided = await tx.staffRoleRequest.updateMany({ where: { id: input.requestId, outcome: null }, data: { outcome: "REJECTED", decidedById: admin.id, decidedAt: new Date() } });
    if (decided.count !== 1) throw new Conflict(m("users.errors.requestDecided"));
    await recordAuditEvent(tx, { actor: admin, action: "user.staff-role-rejected", target: { type: "staff-role-request", id: input.requestId }, requestId });
  });
}

export async function listPendingStaffRoleRequests(admin: Actor) {
  assertCan(admin, "users:confirm-staff-role");
  const rows = await db().staffRoleRequest.findMany({ where: { outcome: null }, orderBy: { createdAt: "asc" }, take: 100 });
  const names = new Map((await db().user.findMany({ where: { id: { in: rows.map((r) => r.requestedById) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => ({ id: r.id, kind: r.kind, email: r.email, role: r.role, createdAt: r.createdAt, requestedBy: names.get(r.requestedById) ?? "an admin", mine: r.requestedById === admin.id }));
}
