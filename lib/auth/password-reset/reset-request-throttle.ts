// Reset requests per email address and per client address, in the fixed 15-minute windows
// of the sign-in throttle (SignInThrottle, keyed so a dump names neither). Counted for every
// address, known or not, and a refused request looks the same as any other: the limit only
// decides whether a link is made.
import "server-only";
import { createHmac } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { windowStartOf } from "../sign-in-throttle";

/** Enough for a person who mistyped or lost an email; a mailbox is never flooded. */
export const RESET_REQUESTS_PER_EMAIL = 3;
/** An office shares one address; one machine still cannot send links to everyone. */
export const RESET_REQUESTS_PER_ADDRESS = 20;

function keyFor(kind: "reset-email" | "reset-address", value: string): string {
  return `${kind}:${createHmac("sha256", `reset-throttle:${env().NEXTAUTH_SECRET ?? ""}`).update(value).digest("hex")}`;
}

async function count(client: Db, key: string, windowStart: Date): Promise<number> {
  const [row] = await client.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "windowStart", "failures") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "failures" = "SignInThrottle"."failures" + 1
    RETURNING "failures"`;
  return Number(row?.failures ?? 1);
}

/** Counts this request against both limits; true when either is exceeded. */
export async function resetRequestThrottled(email: string, clientAddress: string, now: Date, client: Db = db()): Promise<boolean> {
  const windowStart = windowStartOf(now);
  // Both counted every time, so the work done is the same whichever limit is reached.
  const perEmail = await count(client, keyFor("reset-email", email), windowStart);
  const perAddress = await count(client, keyFor("reset-address", clientAddress), windowStart);
  return perEmail > RESET_REQUESTS_PER_EMAIL || perAddress > RESET_REQUESTS_PER_ADDRESS;
}
