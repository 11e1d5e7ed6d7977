// Production bootstrap: the first two admins. `npm run admin:create` gives them no password,
// only a one-time link to choose one; `npm run setup` asks the first admin for a password at
// the terminal instead. Two, because every later staff role needs a second admin's
// confirmation; refuses to run once two active admins exist.
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict } from "@/lib/errors";
import type { BootstrapAdminInput } from "./schemas";
import { INVITATION_TTL_MS, newAccessToken } from "./access-link-token";
import { recordRoleChange } from "./staff-roles/staff-roles";

type Input = z.infer<typeof BootstrapAdminInput>;

async function createAdmin(tx: Tx, input: Input, passwordHash: string | null, requestId: string) {
  if ((await tx.user.count({ where: { role: "ADMIN", status: "ACTIVE" } })) >= 2) {
    throw new Conflict("Two active admins already exist; invite further people from the admin area, where a second admin confirms each staff role.");
  }
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new Conflict(`A user with the email ${input.email} already exists.`);
  }
  const user = await tx.user.create({ data: { email: input.email, name: input.name, role: "ADMIN", passwordHash } });
  await recordRoleChange(tx, user.id, null, "ADMIN", null);
  await recordAuditEvent(tx, { actor: null, action: "user.bootstrap-admin-created", target: { type: "user", id: user.id }, requestId, ...(passwordHash ? { details: { via: "setup" } } : {}) });
  return user;
}

export async function createBootstrapAdmin(input: Input, requestId: string) {
  const { token, tokenHash } = newAccessToken();
  await db().$transaction(async (tx) => {
    const user = await createAdmin(tx, input, null, requestId);
    await tx.accessLink.create({
      data: { purpose: "FIRST_SIGN_IN", tokenHash, email: user.email, role: "ADMIN", userId: user.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
    });
  });
  return { token };
}

/** `npm run setup`: an admin who chose a password at the terminal (checked by weakPasswordReason there). */
export async function createBootstrapAdminWithPassword(input: Input, passwordHash: string, requestId: string): Promise<void> {
  await db().$transaction((tx) => createAdmin(tx, input, passwordHash, requestId));
}

/** Whether an admin can sign in already: `npm run setup` and the first start ask for one only when none can. */
export async function hasActiveAdmin(): Promise<boolean> {
  return (await db().user.count({ where: { role: "ADMIN", status: "ACTIVE" } })) > 0;
}
