// Whether this deployment sends email at all: SMTP_URL and MAIL_FROM set (lib/env.ts).
import "server-only";
import { env } from "@/lib/env";

export function emailEnabled(): boolean {
  const e = env();
  return Boolean(e.SMTP_URL && e.MAIL_FROM);
}

/** Said wherever a notice would have gone by email on a deployment without it. */
export const EMAIL_OFF_MESSAGE = "Email is not set up on this server (SMTP_URL), so no email was sent.";

/** Appended to what an action reports when it would have emailed someone: on a server without email, what happened instead. */
export function emailOffNote(instead: string): string {
  return emailEnabled() ? "" : ` Email is not set up on this server (SMTP_URL): ${instead}`;
}

export const PARTNERS_NOT_EMAILED = "partners who downloaded its items were not emailed a take-down notice; they see it on their portal and at their webhook endpoint.";
export const REVIEWER_NOT_EMAILED = "the reviewer was not emailed; the work waits on their dashboard.";
