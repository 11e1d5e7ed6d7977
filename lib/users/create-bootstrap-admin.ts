// Production bootstrap: the first two admins get no password, only a one-time link to
// choose one. Two, because every later staff role needs a second admin's confirmation;
// refuses to run once two active admins exist.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict } from "@/lib/errors";
import type { BootstrapAdminInput } from "./schemas";
import { INVITATION_TTL_MS, newAccessToken } from "./access-link-token";
import { recordRoleChange } from "./staff-roles/staff-roles";

export async function createBootstrapAdmin(input: z.infer<typeof BootstrapAdminInput>, requestId: string) {
  const { token, tokenHash } = newAccessToken();
  await db().$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: "ADMIN", status: "ACTIVE" } })) >= 2) {
      throw new Conflict("Two active admins already exist; invite further people from the admin area, where a second admin confirms each staff role.");
    }
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new Conflict(`A user with the email ${input.email} already exists.`);
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: "ADMIN" } });
    await recordRoleChange(tx, user.id, null, "ADMIN", null);
    await tx.accessLink.create({
      data: { purpose: "FIRST_SIGN_IN", tokenHash, email: user.email, role: "ADMIN", userId: user.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
    });
    await recordAuditEvent(tx, { actor: null, action: "user.bootstrap-admin-created", target: { type: "user", id: user.id }, requestId });
  });
  return { token };
}
