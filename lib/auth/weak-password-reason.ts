// Why a new password would be easy to guess, said in the language of the request (English
// at the terminal of `npm run setup`); the rules themselves are in password-rules.ts.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { weakPasswordProblem } from "./password-rules";

export function weakPasswordReason(password: string, about: { email?: string; name?: string } = {}): string | null {
  const problem = weakPasswordProblem(password, about);
  return problem ? m(`auth.errors.${problem.key}`, problem.values) : null;
}
