// Partner API token secrets. A token is "cvp_" plus 32 random bytes in base64url; only
// its SHA-256 (hex) and a short prefix are stored, so a database copy cannot call the API.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cvp_";
const TOKEN_SHAPE = /^cvp_[A-Za-z0-9_-]{8,128}$/;
const SHOWN_CHARACTERS = 8;

export function newTokenPlaintext(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Unsalted on purpose: the secret has 256 bits of entropy, and lookups go by this hash. */
export function hashToken(plaintext: string): string {
  return createHash("sha256").update(plaintext, "utf8").digest("hex");
}

/** What admins see to tell tokens apart, e.g. "cvp_3kQ9xZ1a". */
export function tokenPrefix(plaintext: string): string {
  return plaintext.slice(0, TOKEN_PREFIX.length + SHOWN_CHARACTERS);
}

/** The token of an `Authorization: Bearer …` header, or null when there is none or it is malformed. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const token = match?.[1];
  return token && TOKEN_SHAPE.test(token) ? token : null;
}
