import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput } from "@/lib/errors";
import type { InviteUserInput } from "./schemas";
import { INVITATION_TTL_MS, newAccessToken } from "./access-link-token";

/** Creates a one-time invitation (72 h) and returns its token, shown to the admin once. */
export async function inviteUser(actor: Actor, input: z.infer<typeof InviteUserInput>, requestId: string) {
  assertCan(actor, "users:manage");
  const { token, tokenHash } = newAccessToken();
  const link = await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new Conflict("A user with this email already exists.");
    }
    if (input.role === "PARTNER") {
      const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
      if (!org?.active) throw new InvalidInput("Choose an active partner organisation.", { partnerOrgId: ["Choose an active partner organisation."] });
    }
    // A new invitation replaces any earlier one for the same address.
    await tx.accessLink.updateMany({ where: { email: input.email, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    const created = await tx.accessLink.create({
      data: {
        purpose: "INVITE",
        tokenHash,
        email: input.email,
        role: input.role,
        partnerOrgId: input.role === "PARTNER" ? (input.partnerOrgId ?? null) : null,
        createdById: actor.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "user.invited",
      target: { type: "access-link", id: created.id },
      requestId,
      details: { role: input.role },
    });
    return created;
  });
  return { token, expiresAt: link.expiresAt, id: link.id };
}
