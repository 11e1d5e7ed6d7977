// When a message that failed is tried again. A mail server down for most of a day loses
// nothing; past the last step the message goes to the dead-letter list for an admin.
const WAIT_MINUTES = [1, 5, 15, 60, 240, 720] as const;

export const MAX_EMAIL_ATTEMPTS = WAIT_MINUTES.length + 1;

/** After `attempts` failed tries: the next try's time, or null when the message is dead. */
export function nextEmailAttemptAt(attempts: number, now: Date): Date | null {
  const wait = WAIT_MINUTES[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
}

/**
 * A 5xx reply is the server's final word on this message (no such mailbox, refused sender):
 * trying again the same way cannot help. Anything else (4xx, no connection, timeout) may pass later.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** What an admin sees of a failure: the error's class and SMTP reply code, never the message or the server's text. */
export function smtpFailureOf(error: unknown): { code: string; responseCode: number | null } {
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return {
    code: typeof code === "string" && /^[A-Z_]{2,32}$/.test(code) ? code : error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : "Error",
    responseCode: typeof responseCode === "number" ? responseCode : null,
  };
}
