// Progressive delays per account instead of a hard lock. The first FREE_FAILURES failures
// cost nothing; after that each attempt must wait 2^(n - FREE_FAILURES) seconds from the
// last failure, at most MAX_DELAY_SECONDS, and an attempt inside the wait is refused
// without its password being hashed. A stranger's guesses delay only strangers: where the
// owner has signed in before (the same address), a separate count applies, so a targeted
// attacker cannot keep the owner out. A quiet day forgets the failures.
//
// An attempt is counted before its password is checked (one statement checks the wait and
// counts, so concurrent guesses cannot all pass the same opening) and taken back when it
// turns out not to be a guess.
import "server-only";
import { createHmac } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { UNKNOWN_ADDRESS } from "./client-address";

export const FREE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 15 * 60;
/** Failures older than this are forgotten: the count starts again. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;
/** A place stays the owner's for this long after their last sign-in from it. */
export const KNOWN_PLACE_MS = 90 * 24 * 60 * 60_000;

/** Seconds to wait after the n-th consecutive failure before the next attempt is checked. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** Math.min(failures - FREE_FAILURES, 30));
}

export type DelayClaim = { allowed: true; key: string } | { allowed: false; key: string; retryAfterSeconds: number };

// Keyed, so a database dump does not list who tried to sign in, or from where.
function keyed(kind: "account" | "place", value: string): string {
  return `${kind}:${createHmac("sha256", `sign-in-delay:${env().NEXTAUTH_SECRET ?? ""}`).update(value).digest("hex")}`;
}

const accountKey = (email: string) => keyed("account", email);
const placeKey = (email: string, clientAddress: string) => keyed("place", `${email}\n${clientAddress}`);

/** The count that governs this attempt: the owner's own place if they signed in from it lately, else the account's. */
async function governingKey(email: string, clientAddress: string, now: Date, client: Db): Promise<string> {
  if (clientAddress === UNKNOWN_ADDRESS) return accountKey(email);
  const place = await client.signInDelay.findUnique({ where: { key: placeKey(email, clientAddress) }, select: { lastSuccessAt: true } });
  return place?.lastSuccessAt && now.getTime() - place.lastSuccessAt.getTime() < KNOWN_PLACE_MS ? placeKey(email, clientAddress) : accountKey(email);
}

/**
 * Claims one attempt for this email from this address: counted at once when its wait is
 * over, refused with the seconds left when it is not. The same for unknown emails, so the
 * delays tell nothing about which accounts exist. `ownPlace`: the caller already knows the
 * attempt comes from the owner's side (a re-authentication inside their session).
 */
export async function claimSignInAttempt(email: string, clientAddress: string, now: Date, options: { ownPlace?: boolean } = {}, client: Db = db()): Promise<DelayClaim> {
  const key = options.ownPlace ? placeKey(email, clientAddress) : await governingKey(email, clientAddress, now, client);
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  // The wait in SQL is delayAfterFailures(): 2^(failures - FREE) seconds, at most MAX_DELAY_SECONDS.
  const claimed = await client.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInDelay" ("key", "failures", "lastFailureAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInDelay"."lastFailureAt" IS NULL OR "SignInDelay"."lastFailureAt" < ${forgetBefore} THEN 1 ELSE "SignInDelay"."failures" + 1 END,
      "lastFailureAt" = ${now}
    WHERE "SignInDelay"."failures" < ${FREE_FAILURES}
       OR "SignInDelay"."lastFailureAt" IS NULL
       OR "SignInDelay"."lastFailureAt" < ${forgetBefore}
       OR "SignInDelay"."lastFailureAt" + make_interval(secs => LEAST(${MAX_DELAY_SECONDS}, power(2, LEAST("SignInDelay"."failures" - ${FREE_FAILURES}, 30)))) <= ${now}
    RETURNING "failures"`;
  if (claimed.length > 0) {
    // A count starting again is the cheap moment to forget rows with nothing left to say.
    if (Number(claimed[0]!.failures) === 1) await forgetStaleSignInDelays(now, client);
    return { allowed: true, key };
  }
  const row = await client.signInDelay.findUniqueOrThrow({ where: { key }, select: { failures: true, lastFailureAt: true } });
  const opensAt = (row.lastFailureAt?.getTime() ?? now.getTime()) + delayAfterFailures(row.failures) * 1000;
  return { allowed: false, key, retryAfterSeconds: Math.max(1, Math.ceil((opensAt - now.getTime()) / 1000)) };
}

/** The right password, but no sign-in (a code is asked for, the organisation is deactivated): not a guess. */
export async function forgiveClaimedAttempt(claim: DelayClaim, client: Db | Tx = db()): Promise<void> {
  await client.signInDelay.updateMany({ where: { key: claim.key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

/** The owner is in: their failures are cleared, and this address becomes one of their places. */
export async function recordSignedIn(email: string, clientAddress: string, now: Date, client: Db | Tx = db()): Promise<void> {
  await client.signInDelay.deleteMany({ where: { key: accountKey(email) } });
  if (clientAddress === UNKNOWN_ADDRESS) return;
  const key = placeKey(email, clientAddress);
  await client.signInDelay.upsert({ where: { key }, create: { key, failures: 0, lastSuccessAt: now }, update: { failures: 0, lastSuccessAt: now } });
}

/** Rows with nothing left to say: old failures and places not used for KNOWN_PLACE_MS. */
export async function forgetStaleSignInDelays(now: Date, client: Db = db()): Promise<void> {
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const placeBefore = new Date(now.getTime() - KNOWN_PLACE_MS);
  await client.signInDelay.deleteMany({
    where: { AND: [{ OR: [{ lastFailureAt: null }, { lastFailureAt: { lt: forgetBefore } }] }, { OR: [{ lastSuccessAt: null }, { lastSuccessAt: { lt: placeBefore } }] }] },
  });
}
