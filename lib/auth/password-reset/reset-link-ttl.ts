// How long a password reset link works: long enough to reach a mailbox, short enough that
// an old email in a leaked mailbox opens nothing.
export const PASSWORD_RESET_TTL_MINUTES = 30;
export const PASSWORD_RESET_TTL_MS = PASSWORD_RESET_TTL_MINUTES * 60_000;
