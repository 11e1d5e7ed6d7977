// Re-authentication before a sensitive step (ASVS 7.5.1): revealing a source's
// identifiers, changing a second factor, issuing an API token, changing a role.
// The proof is the time on the server-side session row, never a cookie or a form field.
import { DomainError } from "@/lib/errors";

export const REAUTH_MAX_AGE_MS = 10 * 60_000;

export const REAUTH_PATH = "/account/reauth";

export class ReauthRequired extends DomainError {
  constructor() {
    // English for logs and tests; authorizedAction answers it in the person's language.
    super("Confirm it's you first: enter your password (and your authenticator code) again.");
  }
}

export function reauthIsRecent(reauthAt: Date | null, now = new Date()): boolean {
  if (!reauthAt) return false;
  const age = now.getTime() - reauthAt.getTime();
  return age >= 0 && age <= REAUTH_MAX_AGE_MS;
}

/** Domain functions that change a factor ask again, with the session they were handed. */
export function assertRecentReauth(session: { reauthAt: Date | null }, now = new Date()): void {
  if (!reauthIsRecent(session.reauthAt, now)) throw new ReauthRequired();
}

/** Where the re-authentication page sends the person back to: only a path on this site. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 512) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\s\u0000-\u001f]/.test(value)) return "/";
  return value;
}

export function reauthPathFor(returnTo: string): string {
  return `${REAUTH_PATH}?next=${encodeURIComponent(safeReturnPath(returnTo))}`;
}
