// Failed sign-ins per client address in fixed 15-minute windows, across accounts, counted
// in the database so the limit holds across every instance. It slows one machine guessing
// at many accounts; guessing at one account is slowed per account (sign-in-delay.ts). An
// attempt is counted before its password is checked (one statement counts and reads, so
// concurrent guesses cannot slip past the limit) and taken back when it turns out not to be a guess.
import "server-only";
import { createHmac } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
// Windows older than this are deleted when any key opens a new window.
const KEEP_WINDOWS_MS = 2 * SIGN_IN_WINDOW_MS;

export type AddressAttempt = {
  windowStart: Date;
  addressKey: string;
  /** Over the address's limit: the attempt must be refused unchecked. */
  throttled: boolean;
  retryAfterSeconds: number;
};

export function windowStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / SIGN_IN_WINDOW_MS) * SIGN_IN_WINDOW_MS);
}

// Keyed, so a database dump does not list where sign-ins came from (an unkeyed hash of an
// IPv4 address is reversed by trying all 2^32).
function addressKeyFor(clientAddress: string): string {
  return `address:${createHmac("sha256", `sign-in-throttle:${env().NEXTAUTH_SECRET ?? ""}`).update(clientAddress).digest("hex")}`;
}

/** Higher than any one account's allowance: many honest people can share one address (an office, a mobile carrier). */
export function addressFailureLimit(): number {
  return env().SIGN_IN_FAILURES_PER_ADDRESS;
}

export async function countAddressAttempt(clientAddress: string, now: Date, client: Db = db()): Promise<AddressAttempt> {
  const windowStart = windowStartOf(now);
  const addressKey = addressKeyFor(clientAddress);
  const [row] = await client.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "windowStart", "failures") VALUES (${addressKey}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "failures" = "SignInThrottle"."failures" + 1
    RETURNING "failures"`;
  const failures = Number(row?.failures ?? 1);
  // The first attempt of a window is the cheap moment to forget old windows (of every key).
  if (failures === 1) await client.signInThrottle.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - KEEP_WINDOWS_MS) } } });
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + SIGN_IN_WINDOW_MS - now.getTime()) / 1000));
  return { windowStart, addressKey, throttled: failures > addressFailureLimit(), retryAfterSeconds };
}

/** Takes back an attempt whose password was right: one good account must not use up its address's allowance. */
export async function forgiveAddressAttempt(attempt: AddressAttempt, client: Db | Tx = db()): Promise<void> {
  await client.signInThrottle.updateMany({ where: { key: attempt.addressKey, windowStart: attempt.windowStart, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}
