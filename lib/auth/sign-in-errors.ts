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

/** The embedded demo's password is public: it signs nobody in from another machine. */
export const DEMO_PASSWORD_NOT_LOCAL = "DemoPasswordNotLocal";

export function throttledErrorCode(retryAfterSeconds: number): string {
  return `${SIGN_IN_THROTTLED}:${retryAfterSeconds}`;
}

/** What the person is told: a key of the "auth.signInErrors" messages and its values. */
export type SignInError = { key: "deactivated" | "secondFactorRequired" | "demoPasswordNotLocal" | "secondFactorInvalid" | "throttledSeconds" | "throttledMinutes" | "incorrect"; values?: { seconds?: number; minutes?: number } };

/** Under a minute in seconds; from a minute on in whole minutes, rounded up. */
export function signInError(code: string | null | undefined): SignInError {
  if (code === ORGANISATION_DEACTIVATED) return { key: "deactivated" };
  if (code === SECOND_FACTOR_REQUIRED) return { key: "secondFactorRequired" };
  if (code === DEMO_PASSWORD_NOT_LOCAL) return { key: "demoPasswordNotLocal" };
  if (code === SECOND_FACTOR_INVALID) return { key: "secondFactorInvalid" };
  const seconds = code?.startsWith(`${SIGN_IN_THROTTLED}:`) ? Number(code.slice(SIGN_IN_THROTTLED.length + 1)) : NaN;
  // an hour at most: the longest wait is 15 minutes (an account) or one 15-minute window (an address)
  if (Number.isInteger(seconds) && seconds > 0 && seconds <= 3600) {
    return seconds < 60 ? { key: "throttledSeconds", values: { seconds } } : { key: "throttledMinutes", values: { minutes: Math.ceil(seconds / 60) } };
  }
  return { key: "incorrect" };
}
