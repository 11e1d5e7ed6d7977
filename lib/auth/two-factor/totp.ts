// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, the
// parameters every authenticator app understands). Pure: the caller supplies the
// time and the last step it accepted, so a code is only ever good once.
import { generateSecret, generateSync, generateURI } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** One step either side absorbs a phone clock that is a little off. */
const DRIFT_STEPS = 1;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function timeStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

export function totpCodeAt(secret: string, step: number): string {
  return generateSync({ secret, epoch: step * TOTP_PERIOD_SECONDS });
}

export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: "Countervoice", label: accountName, secret });
}

/** Six digits, spaces allowed (apps show "123 456"). */
export function normaliseTotpCode(input: string): string | null {
  const digits = input.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step `code` belongs to, or null when it matches none near `now` or only a
 * step at or before `lastAcceptedStep` (a replayed or older code).
 */
export function acceptedTotpStep(options: { secret: string; code: string; now: Date; lastAcceptedStep: number | null }): number | null {
  const code = normaliseTotpCode(options.code);
  if (!code) return null;
  const current = timeStepAt(options.now);
  for (let step = current + DRIFT_STEPS; step >= current - DRIFT_STEPS; step--) {
    if (options.lastAcceptedStep !== null && step <= options.lastAcceptedStep) continue;
    if (constantTimeEqual(totpCodeAt(options.secret, step), code)) return step;
  }
  return null;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
