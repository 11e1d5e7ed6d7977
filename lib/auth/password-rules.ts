// Shared by the server and the forms; no hashing here.
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

// Words that make up most guessed passwords once digits and symbols are set aside.
const GUESSED_FIRST = ["password", "passwort", "motdepasse", "qwerty", "qwertyuiop", "azerty", "letmein", "welcome", "admin", "administrator", "countervoice", "iloveyou", "abc", "abcdef"];

/** Why a new password would be easy to guess, or null. For passwords a person chooses (npm run setup). */
export function weakPasswordReason(password: string, about: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (lower === DEMO_PASSWORD) return "That is the demo's public password.";
  if (new Set(lower).size < 5) return "Use more different characters: this one repeats a few over and over.";
  const letters = lower.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3 || GUESSED_FIRST.includes(letters) || /^(.+?)\1+$/u.test(letters)) {
    return "That is among the first passwords anyone guesses. A few unrelated words make a strong one.";
  }
  const own = [about.email?.split("@")[0], ...(about.name?.split(/\s+/) ?? [])].map((part) => part?.toLowerCase() ?? "").filter((part) => part.length >= 4);
  if (own.some((part) => lower.includes(part))) return "Leave your name and email address out of your password.";
  return null;
}
