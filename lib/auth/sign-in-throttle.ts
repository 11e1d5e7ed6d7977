// Failed sign-ins per email and per client address in fixed 15-minute windows, counted
// in the database so the limit holds across every instance. An attempt is counted
// before its password is checked (one statement counts and reads, so concurrent
// guesses cannot slip past the limit) and taken back when it turns out not to be a guess.
import "server-only";
import { createHmac } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const EMAIL_FAILURE_LIMIT = 10;
// Higher: many honest people can share one address (an office, a mobile carrier).
export const ADDRESS_FAILURE_LIMIT = 50;
// Windows older than this are deleted when any key opens a new window.
const KEEP_WINDOWS_MS = 2 * SIGN_IN_WINDOW_MS;

export type SignInOrigin = { email: string | null; clientAddress: string };

export type SignInAttempt = {
  windowStart: Date;
  emailKey: string | null;
  addressKey: string;
  /** Which limit the attempt is over, if any: it must then be refused unchecked. */
  throttledBy: "email" | "address" | null;
  retryAfterMinutes: number;
};

export function windowStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / SIGN_IN_WINDOW_MS) * SIGN_IN_WINDOW_MS);
}

// Keyed, so a database dump does not list who tried to sign in, or from where
// (an unkeyed hash of an IPv4 address is reversed by trying all 2^32).
function keyFor(kind: "email" | "address", value: string): string {
  return `${kind}:${createHmac("sha256", `sign-in-throttle:${env().NEXTAUTH_SECRET ?? ""}`).update(value).digest("hex")}`;
}

export async function countSignInAttempt(origin: SignInOrigin, now: Date, client: Db = db()): Promise<SignInAttempt> {
  const windowStart = windowStartOf(now);
  const emailKey = origin.email ? keyFor("email", origin.email) : null;
  const addressKey = keyFor("address", origin.clientAddress);
  const keys = emailKey ? [emailKey, addressKey] : [addressKey];
  const rows = await client.$queryRaw<{ key: string; failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "windowStart", "failures")
    VALUES ${Prisma.join(keys.map((key) => Prisma.sql`(${key}, ${windowStart}, 1)`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "failures" = "SignInThrottle"."failures" + 1
    RETURNING "key", "failures"`;
  const failures = (key: string | null) => Number(rows.find((row) => row.key === key)?.failures ?? 0);
  // The first attempt of a window is the cheap moment to forget old windows (of every key).
  if (rows.some((row) => Number(row.failures) === 1)) {
    await client.signInThrottle.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - KEEP_WINDOWS_MS) } } });
  }
  const throttledBy = failures(emailKey) > EMAIL_FAILURE_LIMIT ? "email" : failures(addressKey) > ADDRESS_FAILURE_LIMIT ? "address" : null;
  const retryAfterMinutes = Math.max(1, Math.ceil((windowStart.getTime() + SIGN_IN_WINDOW_MS - now.getTime()) / 60_000));
  return { windowStart, emailKey, addressKey, throttledBy, retryAfterMinutes };
}

/**
 * Takes back an attempt whose password was right. A sign-in clears the email's failures
 * (the owner is back) but not the address's: one good account must not shield guessing at others.
 */
export async function forgiveSignInAttempt(attempt: SignInAttempt, options: { signedIn: boolean }, client: Db | Tx = db()): Promise<void> {
  const { windowStart, emailKey, addressKey } = attempt;
  const decrement = [addressKey, ...(emailKey && !options.signedIn ? [emailKey] : [])];
  await client.signInThrottle.updateMany({ where: { key: { in: decrement }, windowStart, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  if (emailKey && options.signedIn) await client.signInThrottle.deleteMany({ where: { key: emailKey, windowStart } });
}
