// Checks an email and password and records the outcome. A wrong email, a wrong
// password and a disabled account look the same to the person signing in.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { verifyPassword } from "./password";

const Credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export type AuthenticatedUser = { id: string; email: string; name: string; role: string };

/** Thrown only after the password was verified, so it tells nothing to someone guessing. */
export const ORGANISATION_DEACTIVATED = "OrganisationDeactivated";

export async function authenticate(input: unknown, requestId: string): Promise<AuthenticatedUser | null> {
  const parsed = Credentials.safeParse(input);
  const email = parsed.success ? parsed.data.email : null;
  const user = email ? await db().user.findUnique({ where: { email }, include: { partnerOrg: { select: { active: true } } } }) : null;
  const passwordOk = await verifyPassword(user?.passwordHash, parsed.success ? parsed.data.password : "");

  if (!user || !passwordOk || user.status !== "ACTIVE") {
    await recordAuditEvent(db(), {
      actor: null,
      action: "auth.sign-in-failed",
      target: user ? { type: "user", id: user.id } : undefined,
      requestId,
      details: { reason: !user ? "unknown-email" : !passwordOk ? "wrong-password" : "account-disabled" },
    });
    return null;
  }
  if (user.role === "PARTNER" && !user.partnerOrg?.active) {
    await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", target: { type: "user", id: user.id }, requestId, details: { reason: "organisation-deactivated" } });
    throw new Error(ORGANISATION_DEACTIVATED);
  }
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, { actor: user, action: "auth.sign-in", target: { type: "user", id: user.id }, requestId });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
