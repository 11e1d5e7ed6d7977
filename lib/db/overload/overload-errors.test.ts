import { describe, expect, it } from "vitest";
import { BUSY_DIGEST, isOverload, markOverload, overloadReason, ServerBusy } from "./overload-errors";

// Shapes as Prisma 6.19 with @prisma/adapter-pg and pg 8 produce them (seen in overload.int.test.ts).
const prismaKnown = (code: string, sqlstate?: string) =>
  Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation"), { code, meta: sqlstate ? { driverAdapterError: { name: "DriverAdapterError", cause: { code: sqlstate, kind: "postgres" } } } : {} });

describe("overloadReason", () => {
  it.each([
    ["pg pool wait", new Error("timeout exceeded when trying to connect"), "pool-wait"],
    ["P2024", prismaKnown("P2024"), "P2024"],
    ["P2028", prismaKnown("P2028"), "P2028"],
    ["statement timeout in a raw query", prismaKnown("P2010", "57014"), "57014"],
    ["too many connections", prismaKnown("P2010", "53300"), "53300"],
    ["a pg error with its own SQLSTATE", Object.assign(new Error("x"), { code: "57014" }), "57014"],
    ["ServerBusy", new ServerBusy("admission-wait"), "admission-wait"],
  ])("recognises %s", (_label, error, reason) => {
    expect(overloadReason(error)).toBe(reason);
  });

  it.each([
    ["a unique violation", prismaKnown("P2002")],
    ["a raw query's syntax error", prismaKnown("P2010", "42601")],
    ["a plain bug", new TypeError("undefined is not a function")],
    ["a string", "timeout"],
    ["null", null],
  ])("leaves %s alone", (_label, error) => {
    expect(isOverload(error)).toBe(false);
  });
});

describe("markOverload", () => {
  it("stamps the busy digest on an overload, so the error page can say so", () => {
    expect((markOverload(prismaKnown("P2028")) as { digest?: string }).digest).toBe(BUSY_DIGEST);
  });

  it("leaves a bug without the digest", () => {
    expect((markOverload(new TypeError("x")) as { digest?: string }).digest).toBeUndefined();
  });
});
