import { describe, expect, it } from "vitest";
import { delayAfterFailures, FREE_FAILURES, MAX_DELAY_SECONDS } from "./sign-in-delay";

describe("sign-in delays", () => {
  it.each([
    [0, 0],
    [FREE_FAILURES - 1, 0],
    [FREE_FAILURES, 1],
    [FREE_FAILURES + 1, 2],
    [FREE_FAILURES + 4, 16],
    [FREE_FAILURES + 9, 512],
    [FREE_FAILURES + 10, MAX_DELAY_SECONDS],
    [1_000_000, MAX_DELAY_SECONDS],
  ])("after %i failures the next attempt waits %i seconds", (failures, seconds) => {
    expect(delayAfterFailures(failures)).toBe(seconds);
  });

  it("never waits longer than 15 minutes", () => {
    expect(MAX_DELAY_SECONDS).toBe(900);
    for (let n = 0; n < 200; n++) expect(delayAfterFailures(n)).toBeLessThanOrEqual(900);
  });
});
