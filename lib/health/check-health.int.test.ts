import { describe, expect, it } from "vitest";
import { checkHealth } from "./check-health";

describe("health", () => {
  it("reports PostgreSQL as reachable", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "postgresql" });
  });
});
