// The codes authenticate.ts throws to next-auth (which hands them to the sign-in form
// as `result.error`) and what the person is told. No server imports: the form uses it.

/** Said only after the right password, so it tells nothing to someone guessing. */
export const ORGANISATION_DEACTIVATED = "OrganisationDeactivated";

/** Said whatever the password, so it tells nothing either; carries the seconds to wait. */
export const SIGN_IN_THROTTLED = "SignInThrottled";

/** Said only after the right password: the account has a second factor, ask for its code. */
export const SECOND_FACTOR_REQUIRED = "SecondFactorRequired";

/** The code was wrong, already used, or not from this account's authenticator. */
export const SECOND_FACTOR_INVALID = "SecondFactorInvalid";

export function throttledErrorCode(retryAfterSeconds: number): string {
  return `${SIGN_IN_THROTTLED}:${retryAfterSeconds}`;
}

/** "8 seconds", "1 minute", "15 minutes": whole minutes, rounded up, from a minute on. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

export function signInErrorMessage(code: string | null | undefined): string {
  if (code === ORGANISATION_DEACTIVATED) {
    return "Your organisation's access to Countervoice has been deactivated, so its material can no longer be downloaded. Contact the team that shared it with you.";
  }
  if (code === SECOND_FACTOR_REQUIRED) return "Enter the 6-digit code from your authenticator app, or one of your recovery codes.";
  if (code === SECOND_FACTOR_INVALID) return "That code is not right, or it has already been used. Wait for the next code and try again.";
  const seconds = code?.startsWith(`${SIGN_IN_THROTTLED}:`) ? Number(code.slice(SIGN_IN_THROTTLED.length + 1)) : NaN;
  // an hour at most: the longest wait is 15 minutes (an account) or one 15-minute window (an address)
  if (Number.isInteger(seconds) && seconds > 0 && seconds <= 3600) {
    return `Too many attempts. Try again in ${waitText(seconds)}.`;
  }
  return "Email or password is incorrect.";
}
