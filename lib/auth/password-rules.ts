// Shared by the server and the forms; no hashing here.
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

// Words that make up most guessed passwords once digits and symbols are set aside.
const GUESSED_FIRST = ["password", "passwort", "motdepasse", "qwerty", "qwertyuiop", "azerty", "letmein", "welcome", "admin", "administrator", "countervoice", "iloveyou", "abc", "abcdef"];

/** Why a new password would be easy to guess: a key of the "auth.errors" messages, and its values. */
export type WeakPassword = { key: "passwordTooShort" | "passwordTooLong" | "demoPassword" | "fewCharacters" | "guessable" | "ownName"; values?: { max: number } };

/** Why a new password would be easy to guess, or null. For passwords a person chooses (npm run setup). */
export function weakPasswordProblem(password: string, about: { email?: string; name?: string } = {}): WeakPassword | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { key: "passwordTooShort" };
  if (password.length > PASSWORD_MAX_LENGTH) return { key: "passwordTooLong", values: { max: PASSWORD_MAX_LENGTH } };
  const lower = password.toLowerCase();
  if (lower === DEMO_PASSWORD) return { key: "demoPassword" };
  if (new Set(lower).size < 5) return { key: "fewCharacters" };
  const letters = lower.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3 || GUESSED_FIRST.includes(letters) || /^(.+?)\1+$/u.test(letters)) return { key: "guessable" };
  const own = [about.email?.split("@")[0], ...(about.name?.split(/\s+/) ?? [])].map((part) => part?.toLowerCase() ?? "").filter((part) => part.length >= 4);
  if (own.some((part) => lower.includes(part))) return { key: "ownName" };
  return null;
}
