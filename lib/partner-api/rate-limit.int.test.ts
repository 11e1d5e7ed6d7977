import { afterAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { poolConfigFromUrl } from "@/lib/db/cli-connection";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createPartnerOrg } from "@/tests/support/factories";
import { GET as listAssets } from "@/app/api/v1/assets/route";
import { countApiRequest, RATE_WINDOW_MS, windowStartOf } from "./rate-limit";
import { apiRequest, tokenFor } from "./test-fixtures";

// A second application instance: its own client and connection pool on the same database.
const otherInstance = new PrismaClient({ adapter: new PrismaPg(poolConfigFromUrl(env().DATABASE_URL!, 4)) });
afterAll(() => otherInstance.$disconnect());

const at = (iso: string) => new Date(iso);

describe("partner API rate limit", () => {
  it("allows N requests per token in a window, refuses the next with the seconds left, and starts again in the next window", async () => {
    const { token } = await tokenFor((await createPartnerOrg()).id);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await countApiRequest(token.id, { limit: 3, now: at("2030-01-01T10:00:45.200Z") }));
    expect(decisions.map((d) => [d.allowed, d.count])).toEqual([[true, 1], [true, 2], [true, 3], [false, 4]]);
    expect(decisions[3]!.retryAfterSeconds).toBe(15);
    expect(await countApiRequest(token.id, { limit: 3, now: at("2030-01-01T10:01:00.000Z") })).toMatchObject({ allowed: true, count: 1 });
    const windows = await db().apiRateWindow.findMany({ where: { key: token.id }, orderBy: { windowStart: "asc" } });
    expect(windows.map((w) => [w.windowStart.toISOString(), w.count])).toEqual([["2030-01-01T10:00:00.000Z", 4], ["2030-01-01T10:01:00.000Z", 1]]);
  });

  it("holds across instances: two processes racing on one window let exactly the limit through", async () => {
    const { token } = await tokenFor((await createPartnerOrg()).id);
    const now = at("2030-01-01T10:00:10.000Z");
    const calls = Array.from({ length: 20 }, (_, i) => countApiRequest(token.id, { limit: 7, now, client: i % 2 === 0 ? db() : otherInstance }));
    const decisions = await Promise.all(calls);
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
    expect(decisions.map((d) => d.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await otherInstance.apiRateWindow.findUniqueOrThrow({ where: { key_windowStart: { key: token.id, windowStart: windowStartOf(now) } } })).toMatchObject({ count: 20 });
  });

  it("keeps counts per token", async () => {
    const org = await createPartnerOrg();
    const a = await tokenFor(org.id, "Token A");
    const b = await tokenFor(org.id, "Token B");
    const now = at("2030-01-01T10:00:10.000Z");
    await countApiRequest(a.token.id, { limit: 1, now });
    expect(await countApiRequest(a.token.id, { limit: 1, now })).toMatchObject({ allowed: false });
    expect(await countApiRequest(b.token.id, { limit: 1, now })).toMatchObject({ allowed: true, count: 1 });
  });

  it("forgets old windows when a token opens a new one", async () => {
    const { token } = await tokenFor((await createPartnerOrg()).id);
    await db().apiRateWindow.create({ data: { key: "some-old-token", windowStart: at("2030-01-01T08:00:00.000Z"), count: 50 } });
    await db().apiRateWindow.create({ data: { key: "recent-token", windowStart: at("2030-01-01T09:58:00.000Z"), count: 5 } });
    await countApiRequest(token.id, { limit: 3, now: at("2030-01-01T10:00:10.000Z") });
    expect((await db().apiRateWindow.findMany({ orderBy: { windowStart: "asc" } })).map((w) => w.key)).toEqual(["recent-token", token.id]);
  });

  it("answers 429 with Retry-After past the configured limit, auditing it once per window", async () => {
    const { plaintext, token } = await tokenFor((await createPartnerOrg()).id);
    const limit = env().PARTNER_API_RATE_LIMIT;
    // Another instance has already used up this window (and the next, should the minute turn mid-test).
    const now = Date.now();
    for (const start of [windowStartOf(new Date(now)), windowStartOf(new Date(now + RATE_WINDOW_MS))]) await otherInstance.apiRateWindow.create({ data: { key: token.id, windowStart: start, count: limit } });
    for (let i = 0; i < 2; i++) {
      const response = await listAssets(apiRequest("/api/v1/assets", plaintext));
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ error: expect.stringContaining(`at most ${limit} a minute`) });
    }
    expect(await db().auditEvent.count({ where: { action: "partner-api.rate-limited", targetId: token.id } })).toBe(1);
  });
});
