import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";

export async function revokeInvitation(actor: Actor, linkId: string, requestId: string) {
  assertCan(actor, "users:manage");
  await db().$transaction(async (tx) => {
    const revoked = await tx.accessLink.updateMany({ where: { id: linkId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count !== 1) throw new NotFound(m("users.errors.invitationGone"));
    await recordAuditEvent(tx, { actor, action: "user.invitation-revoked", target: { type: "access-link", id: linkId }, requestId });
  });
}
