// Requests per token per fixed one-minute window, counted in the database so the limit
// holds across every instance behind the load balancer. One statement both counts and
// reads the count, so two instances racing on the same window cannot both slip under it.
import "server-only";
import { db, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

export const RATE_WINDOW_MS = 60_000;
// Windows older than this are deleted when a token opens a new window.
const KEEP_WINDOWS_MS = 10 * RATE_WINDOW_MS;

export type RateDecision = { allowed: boolean; count: number; limit: number; retryAfterSeconds: number };

export function windowStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / RATE_WINDOW_MS) * RATE_WINDOW_MS);
}

export async function countApiRequest(tokenId: string, options: { now?: Date; limit?: number; client?: Db } = {}): Promise<RateDecision> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? env().PARTNER_API_RATE_LIMIT;
  const client = options.client ?? db();
  const windowStart = windowStartOf(now);
  const [row] = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 1);
  // The first request of a window is the cheap moment to forget old windows (of every token).
  if (count === 1) await client.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - KEEP_WINDOWS_MS) } } });
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + RATE_WINDOW_MS - now.getTime()) / 1000));
  return { allowed: count <= limit, count, limit, retryAfterSeconds };
}
