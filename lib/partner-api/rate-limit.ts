// Requests per key per fixed one-minute window, counted in the database so a limit holds
// across every instance behind the load balancer. One statement both counts and reads the
// count, so two instances racing on the same window cannot both slip under it. A key is a
// partner API token's id, or a portal user or organisation (lib/delivery/portal-rate-limit.ts).
import "server-only";
import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";

export const RATE_WINDOW_MS = 60_000;
// Windows older than this are deleted when a key opens a new window.
const KEEP_WINDOWS_MS = 10 * RATE_WINDOW_MS;

export type RateDecision = { allowed: boolean; count: number; limit: number; retryAfterSeconds: number };

export function windowStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / RATE_WINDOW_MS) * RATE_WINDOW_MS);
}

/** Counts one request against each key's limit in the current window; one decision per key, in order. */
export async function countRequests(limits: { key: string; limit: number }[], options: { now?: Date; client?: Db } = {}): Promise<RateDecision[]> {
  const now = options.now ?? new Date();
  const client = options.client ?? db();
  const windowStart = windowStartOf(now);
  const rows = await client.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "ApiRateWindow" ("key", "windowStart", "count")
    VALUES ${Prisma.join(limits.map(({ key }) => Prisma.sql`(${key}, ${windowStart}, 1)`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "key", "count"`;
  const counts = limits.map(({ key }) => Number(rows.find((row) => row.key === key)?.count ?? 1));
  // The first request of a window is the cheap moment to forget old windows (of every key).
  if (counts.includes(1)) await client.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - KEEP_WINDOWS_MS) } } });
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + RATE_WINDOW_MS - now.getTime()) / 1000));
  return limits.map(({ limit }, i) => ({ allowed: counts[i]! <= limit, count: counts[i]!, limit, retryAfterSeconds }));
}

export async function countApiRequest(tokenId: string, options: { now?: Date; limit?: number; client?: Db } = {}): Promise<RateDecision> {
  const [decision] = await countRequests([{ key: tokenId, limit: options.limit ?? env().PARTNER_API_RATE_LIMIT }], options);
  return decision!;
}
