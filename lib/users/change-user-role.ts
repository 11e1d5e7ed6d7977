import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput, NotFound } from "@/lib/errors";
import type { ChangeRoleInput } from "./schemas";

/**
 * The user's current session ends on their next request (current-user.ts compares roles);
 * raising the session version keeps it dead if the role is later changed back.
 */
export async function changeUserRole(actor: Actor, input: z.infer<typeof ChangeRoleInput>, requestId: string) {
  assertCan(actor, "users:manage", { targetUserId: input.userId }, "You cannot change your own role.");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new NotFound("No such user.");
    if (input.role === "PARTNER") {
      const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
      if (!org?.active) throw new InvalidInput("Choose an active partner organisation.", { partnerOrgId: ["Choose an active partner organisation."] });
    }
    const partnerOrgId = input.role === "PARTNER" ? (input.partnerOrgId ?? null) : null;
    if (user.role === input.role && user.partnerOrgId === partnerOrgId) return;
    await tx.user.update({ where: { id: user.id }, data: { role: input.role, partnerOrgId, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actor,
      action: "user.role-changed",
      target: { type: "user", id: user.id },
      requestId,
      details: { from: user.role, to: input.role },
    });
  });
}
