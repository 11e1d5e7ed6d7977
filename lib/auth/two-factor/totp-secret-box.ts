// TOTP secrets at rest: sealed by the master key provider with the user's id as
// additional data, so a sealed secret copied onto another person's row opens nowhere.
// Opening tries every configured master key, so a rotation in progress reads both; the
// rotation re-seals them under the new key (lib/keys/rotate-master-key.ts).
import "server-only";
import { keyProvider } from "@/lib/crypto/source-keys";

export const totpSecretContext = (userId: string) => `totp:${userId}`;

export function sealTotpSecret(userId: string, secret: string): Uint8Array<ArrayBuffer> {
  return keyProvider().wrap(Buffer.from(secret, "utf8"), totpSecretContext(userId)).wrappedKey;
}

export function openTotpSecret(userId: string, sealed: Uint8Array): string {
  return keyProvider().unwrap(sealed, null, totpSecretContext(userId)).toString("utf8");
}
