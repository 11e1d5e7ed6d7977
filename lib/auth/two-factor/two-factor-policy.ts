// Who must sign in with a second factor. This pure rule is the one place that
// decides it; load-two-factor-subject.ts gathers the facts it needs from the database
// (extend both when source teams exist: a team member of a high-risk source counts too).
import type { Role } from "@/lib/db/generated/enums";

export type TwoFactorSubject = {
  role: Role;
  /** Handling editor (later: team member) of at least one HIGH or CRITICAL risk source. */
  handlesHighRiskSource: boolean;
};

export function twoFactorRequired(subject: TwoFactorSubject): boolean {
  if (subject.role === "ADMIN" || subject.role === "REVIEWER") return true;
  if (subject.role === "EDITOR") return subject.handlesHighRiskSource;
  // Partners may enrol; it is never forced on them.
  return false;
}

/**
 * The seeded demo accounts of the embedded database sign in with a password alone,
 * so the demo can be tried at once; the sign-in page says so. On PostgreSQL nobody is exempt.
 */
export function exemptAsEmbeddedDemo(email: string, databaseMode: "postgresql" | "pglite", demoEmails: readonly string[]): boolean {
  return databaseMode === "pglite" && demoEmails.includes(email);
}
