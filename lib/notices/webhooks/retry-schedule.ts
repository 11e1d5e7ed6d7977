// When a failed delivery is tried again, and when it is given up (DEAD). Also the
// OpenAPI document's promise to partners (lib/partner-api/openapi-webhooks.ts).
export const WEBHOOK_MAX_ATTEMPTS = 6;
/** The wait after the 1st, 2nd, … failed attempt. */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const;

/** After attempt `number` (from 1) failed: when to try again, or null when it was the last. */
export function nextAttemptAfter(number: number, now: Date): Date | null {
  if (number >= WEBHOOK_MAX_ATTEMPTS) return null;
  const delay = WEBHOOK_RETRY_DELAYS_MS[Math.min(number, WEBHOOK_RETRY_DELAYS_MS.length) - 1]!;
  return new Date(now.getTime() + delay);
}
