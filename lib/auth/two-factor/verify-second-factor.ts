// Checks a second-factor code for sign-in and re-authentication: a TOTP code
// newer than the last one accepted, or an unused recovery code. Both are consumed
// by a conditional update, so two requests racing with one code cannot both pass.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { acceptedTotpStep, normaliseTotpCode } from "./totp";
import { hashRecoveryCode } from "./recovery-codes";
import { openTotpSecret } from "./totp-secret-box";

export type FactorHolder = { id: string; totpSecretEnc: Uint8Array | null; totpLastStep: number | null };

export type SecondFactorOutcome =
  | { ok: true; method: "totp" }
  | { ok: true; method: "recovery-code"; recoveryCodesLeft: number }
  | { ok: false; method: "totp" | "recovery-code" };

export async function verifySecondFactor(client: Db | Tx, user: FactorHolder, code: string, now: Date): Promise<SecondFactorOutcome> {
  if (normaliseTotpCode(code)) {
    if (!user.totpSecretEnc) return { ok: false, method: "totp" };
    const step = acceptedTotpStep({ secret: openTotpSecret(user.id, user.totpSecretEnc), code, now, lastAcceptedStep: user.totpLastStep });
    if (step === null) return { ok: false, method: "totp" };
    const taken = await client.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return taken.count === 1 ? { ok: true, method: "totp" } : { ok: false, method: "totp" };
  }
  const codeHash = hashRecoveryCode(code);
  if (!codeHash) return { ok: false, method: "recovery-code" };
  const used = await client.recoveryCode.updateMany({ where: { userId: user.id, codeHash, usedAt: null }, data: { usedAt: now } });
  if (used.count !== 1) return { ok: false, method: "recovery-code" };
  const recoveryCodesLeft = await client.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
  return { ok: true, method: "recovery-code", recoveryCodesLeft };
}
