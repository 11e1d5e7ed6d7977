// TOTP secrets at rest: sealed under the master key with the user's id as
// additional data, so a sealed secret copied onto another person's row opens nowhere.
import "server-only";
import { masterKey } from "@/lib/crypto/source-keys";
import { open, seal } from "@/lib/crypto/aes-gcm";

const purpose = (userId: string) => `totp:${userId}`;

export function sealTotpSecret(userId: string, secret: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(seal(masterKey(), Buffer.from(secret, "utf8"), purpose(userId)));
}

export function openTotpSecret(userId: string, sealed: Uint8Array): string {
  return open(masterKey(), sealed, purpose(userId)).toString("utf8");
}
