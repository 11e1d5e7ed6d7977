// What the reset page may say about a token. Every way a token can fail (unknown, used,
// replaced, expired, its account disabled) reads the same, so the page tells a stranger
// nothing about which accounts exist.
import "server-only";
import { db, type Db, type Tx } from "@/lib/db/client";
import { hashAccessToken } from "@/lib/users/access-link-token";
import { m } from "@/lib/i18n/translate";
import { twoFactorRequiredFor } from "../two-factor/load-two-factor-subject";
import { PASSWORD_RESET_TTL_MINUTES } from "./reset-link-ttl";

/** Every failed token reads the same, in the language of the request. */
export const resetLinkInvalid = () => m("auth.reset.linkInvalid", { minutes: PASSWORD_RESET_TTL_MINUTES });
export const askAnAdmin = () => m("auth.reset.askAdmin");

/** "code": the second factor (or a recovery code) is asked for; "ask-admin": email alone is not enough for this account. */
export type SecondFactorStep = "none" | "code" | "ask-admin";

export type ResetLinkView = { valid: false } | { valid: true; email: string; secondFactor: SecondFactorStep };

const RESET_USER_FIELDS = { id: true, email: true, name: true, role: true, status: true, totpEnabledAt: true, totpSecretEnc: true, totpLastStep: true } as const;

/** The link and its account when the token can still reset a password; null otherwise. */
export async function usableResetLink(token: string, now: Date, client: Db | Tx = db()) {
  const link = await client.accessLink.findUnique({ where: { tokenHash: hashAccessToken(token) } });
  if (!link || link.purpose !== "PASSWORD_RESET" || link.usedAt || link.revokedAt || link.expiresAt <= now || !link.userId) return null;
  const user = await client.user.findUnique({ where: { id: link.userId }, select: RESET_USER_FIELDS });
  if (!user || user.status !== "ACTIVE") return null;
  return { link, user };
}

/**
 * The second factor this reset needs: the enrolled factor; for a role that must have one
 * (two-factor-policy.ts) but has none, an admin's help, since a mailbox alone would then
 * open an account the policy guards with two factors.
 */
export async function secondFactorStepFor(user: { id: string; email: string; role: Parameters<typeof twoFactorRequiredFor>[0]["role"]; totpEnabledAt: Date | null }, client: Db | Tx = db()): Promise<SecondFactorStep> {
  if (user.totpEnabledAt) return "code";
  return (await twoFactorRequiredFor(user, client)) ? "ask-admin" : "none";
}

export async function findPasswordResetLink(token: string, now = new Date()): Promise<ResetLinkView> {
  const usable = await usableResetLink(token, now);
  if (!usable) return { valid: false };
  return { valid: true, email: usable.user.email, secondFactor: await secondFactorStepFor(usable.user) };
}
