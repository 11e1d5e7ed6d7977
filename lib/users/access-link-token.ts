import { createHash, randomBytes } from "node:crypto";

// The token travels in the link; only its hash is stored.
export function newAccessToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccessToken(token) };
}

export function hashAccessToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;
