// Whether this deployment sends email at all: SMTP_URL and MAIL_FROM set (lib/env.ts).
import "server-only";
import { env } from "@/lib/env";

export function emailEnabled(): boolean {
  const e = env();
  return Boolean(e.SMTP_URL && e.MAIL_FROM);
}

/** Said wherever a notice would have gone by email on a deployment without it. */
export const EMAIL_OFF_MESSAGE = "Email is not set up on this server (SMTP_URL), so no email was sent.";
