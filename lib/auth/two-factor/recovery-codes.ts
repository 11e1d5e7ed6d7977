// Recovery codes: ten per person, shown once, kept only as SHA-256. Each has 80
// random bits, so a fast hash is enough (nothing to brute-force from a dump), and
// the same hash lets a code be found with one indexed look-up.
import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// No I, O, 0 or 1: a code read off paper is typed back without guessing.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GROUPS = 4;
const GROUP_LENGTH = 4;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, newRecoveryCode);
}

function newRecoveryCode(): string {
  const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

/** Case, spaces and dashes do not matter; anything else makes it no code of ours. */
export function normaliseRecoveryCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]+/g, "");
  if (compact.length !== GROUPS * GROUP_LENGTH) return null;
  for (const char of compact) if (!ALPHABET.includes(char)) return null;
  return compact;
}

export function hashRecoveryCode(code: string): string | null {
  const normalised = normaliseRecoveryCode(code);
  return normalised ? createHash("sha256").update(`countervoice-recovery:${normalised}`).digest("hex") : null;
}
