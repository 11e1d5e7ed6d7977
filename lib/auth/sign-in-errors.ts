// The codes authenticate.ts throws to next-auth (which hands them to the sign-in form
// as `result.error`) and what the person is told. No server imports: the form uses it.

/** Said only after the right password, so it tells nothing to someone guessing. */
export const ORGANISATION_DEACTIVATED = "OrganisationDeactivated";

/** Said whatever the password, so it tells nothing either; carries the minutes to wait. */
export const SIGN_IN_THROTTLED = "SignInThrottled";

export function throttledErrorCode(retryAfterMinutes: number): string {
  return `${SIGN_IN_THROTTLED}:${retryAfterMinutes}`;
}

export function signInErrorMessage(code: string | null | undefined): string {
  if (code === ORGANISATION_DEACTIVATED) {
    return "Your organisation's access to Countervoice has been deactivated, so its material can no longer be downloaded. Contact the team that shared it with you.";
  }
  const minutes = code?.startsWith(`${SIGN_IN_THROTTLED}:`) ? Number(code.slice(SIGN_IN_THROTTLED.length + 1)) : NaN;
  if (Number.isInteger(minutes) && minutes > 0 && minutes <= 60) {
    return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  }
  return "Email or password is incorrect.";
}
