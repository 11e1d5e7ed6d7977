// The codes authenticate.ts throws to next-auth (which hands them to the sign-in form
// as `result.error`) and what the person is told. No server imports: the form uses it.

/** Said only after the right password, so it tells nothing to someone guessing. */
export const ORGANISATION_DEACTIVATED = "OrganisationDeactivated";

/** Said whatever the password, so it tells nothing either; carries the minutes to wait. */
export const SIGN_IN_THROTTLED = "SignInThrottled";

/** Said only after the right password: the account has a second factor, ask for its code. */
export const SECOND_FACTOR_REQUIRED = "SecondFactorRequired";

/** The code was wrong, already used, or not from this account's authenticator. */
export const SECOND_FACTOR_INVALID = "SecondFactorInvalid";

/** The embedded demo's password is public: it signs nobody in from another machine. */
export const DEMO_PASSWORD_NOT_LOCAL = "DemoPasswordNotLocal";

export function throttledErrorCode(retryAfterMinutes: number): string {
  return `${SIGN_IN_THROTTLED}:${retryAfterMinutes}`;
}

export function signInErrorMessage(code: string | null | undefined): string {
  if (code === ORGANISATION_DEACTIVATED) {
    return "Your organisation's access to Countervoice has been deactivated, so its material can no longer be downloaded. Contact the team that shared it with you.";
  }
  if (code === SECOND_FACTOR_REQUIRED) return "Enter the 6-digit code from your authenticator app, or one of your recovery codes.";
  if (code === DEMO_PASSWORD_NOT_LOCAL) {
    return "The demo password is public, so it works only in a browser on the computer running the demo (localhost). Sign in there, or create a real account.";
  }
  if (code === SECOND_FACTOR_INVALID) return "That code is not right, or it has already been used. Wait for the next code and try again.";
  const minutes = code?.startsWith(`${SIGN_IN_THROTTLED}:`) ? Number(code.slice(SIGN_IN_THROTTLED.length + 1)) : NaN;
  if (Number.isInteger(minutes) && minutes > 0 && minutes <= 60) {
    return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  }
  return "Email or password is incorrect.";
}
