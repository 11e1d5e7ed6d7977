// An organisation's webhook signing secret: 32 random bytes, shown to the admin once as
// `cvwh_<base64url>`. Signing needs it in clear, so it is sealed (not hashed) by the master
// key provider with the organisation's id as additional data; the master key rotation
// re-seals it (lib/keys/rotate-master-key.ts).
import "server-only";
import { randomBytes } from "node:crypto";
import { keyProvider } from "@/lib/crypto/source-keys";

export const WEBHOOK_SECRET_PREFIX = "cvwh_";

export const webhookSecretContext = (partnerOrgId: string) => `webhook-secret:${partnerOrgId}`;

export function newWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64url");
}

export function sealWebhookSecret(partnerOrgId: string, secret: string): Uint8Array<ArrayBuffer> {
  return keyProvider().wrap(Buffer.from(secret, "utf8"), webhookSecretContext(partnerOrgId)).wrappedKey;
}

export function openWebhookSecret(partnerOrgId: string, sealed: Uint8Array): string {
  return keyProvider().unwrap(sealed, null, webhookSecretContext(partnerOrgId)).toString("utf8");
}
