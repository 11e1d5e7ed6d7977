import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { checkHealth } from "./check-health";

describe("health", () => {
  it("reports PostgreSQL as reachable", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "postgresql" });
  });

  it("still reports it reachable while every connection of the app's pool is busy", { timeout: 30_000 }, async () => {
    // Longer than the probe's 3 s: through the pool, the probe would queue behind these and fail.
    // (Promise.all starts them now: a Prisma query runs only once something awaits it.)
    const busy = Promise.all(Array.from({ length: env().DATABASE_POOL_SIZE }, () => db().$queryRaw`SELECT 1 AS slept FROM pg_sleep(5)`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [first, second] = await Promise.all([checkHealth(), checkHealth()]);
    expect(first).toEqual({ status: "ok", database: "postgresql" });
    expect(second).toEqual(first);
    await busy;
  });
});
