// A sign-in refusal in the language of the request, for server code that repeats one
// (a throttled password reset or re-authentication); the sign-in form translates its own.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { signInError } from "./sign-in-errors";

export function signInErrorMessage(code: string | null | undefined): string {
  const { key, values } = signInError(code);
  return m(`auth.signInErrors.${key}`, values);
}
