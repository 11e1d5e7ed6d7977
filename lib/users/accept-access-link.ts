import type { z } from "zod";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidInput } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";
import type { AcceptInvitationInput } from "./schemas";
import { hashAccessToken } from "./access-link-token";
import { recordRoleChange } from "./staff-roles/staff-roles";

export type AccessLinkView =
  | { valid: true; email: string; role: string; purpose: "INVITE" | "FIRST_SIGN_IN" }
  | { valid: false; problem: AccessLinkProblem };

/** Why a link cannot be used: a key of the "auth.invite" messages. */
export type AccessLinkProblem = "expired" | "usedOrUnknown";

const EXPIRED = () => m("auth.invite.expired");
const USED_OR_UNKNOWN = () => m("auth.invite.usedOrUnknown");

export async function findAccessLink(token: string): Promise<AccessLinkView> {
  const link = await db().accessLink.findUnique({ where: { tokenHash: hashAccessToken(token) } });
  // A password reset link is redeemed only by the reset page, which asks for the second factor.
  if (!link || link.usedAt || link.revokedAt || link.purpose === "PASSWORD_RESET") return { valid: false, problem: "usedOrUnknown" };
  if (link.expiresAt < new Date()) return { valid: false, problem: "expired" };
  return { valid: true, email: link.email, role: link.role, purpose: link.purpose };
}

/** Redeems an invitation (creates the user) or a first sign-in link (sets the password). */
export async function acceptAccessLink(input: z.infer<typeof AcceptInvitationInput>, requestId: string) {
  // The token is checked before the password is hashed: a made-up token must not buy
  // anyone 19 MiB and a few hundred milliseconds of the server's time.
  const view = await findAccessLink(input.token);
  if (!view.valid) throw new InvalidInput(m(`auth.invite.${view.problem}`));
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    // Checked again inside the transaction: the link may have been used or revoked while hashing.
    const link = await tx.accessLink.findUnique({ where: { tokenHash: hashAccessToken(input.token) } });
    if (!link || link.usedAt || link.revokedAt || link.purpose === "PASSWORD_RESET") throw new InvalidInput(USED_OR_UNKNOWN());
    if (link.expiresAt < new Date()) throw new InvalidInput(EXPIRED());
    // Claiming the link first makes a second, concurrent redemption fail.
    const claimed = await tx.accessLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new Conflict(USED_OR_UNKNOWN());

    if (link.purpose === "INVITE" && (await tx.user.findUnique({ where: { email: link.email }, select: { id: true } }))) {
      throw new Conflict(m("auth.invite.accountExists"));
    }
    // Setting a password (FIRST_SIGN_IN) ends every session signed in before it.
    const user =
      link.purpose === "INVITE"
        ? await tx.user.create({
            data: { email: link.email, name: input.name, role: link.role, partnerOrgId: link.partnerOrgId, passwordHash },
          })
        : await tx.user.update({ where: { id: link.userId ?? "" }, data: { name: input.name, passwordHash, sessionVersion: { increment: 1 } } });
    if (link.purpose === "INVITE") await recordRoleChange(tx, user.id, null, link.role, link.createdById);
    await recordAuditEvent(tx, {
      actor: { id: user.id, email: user.email },
      action: "user.invitation-accepted",
      target: { type: "user", id: user.id },
      requestId,
      details: { purpose: link.purpose },
    });
    return { email: user.email };
  });
}
