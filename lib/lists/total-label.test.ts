import { describe, expect, it } from "vitest";
import { boundedLabel, totalLabel } from "./total-label";

describe("list totals", () => {
  it.each([
    [{ count: 0, exact: true }, "0"],
    [{ count: 1000, exact: true }, "1,000"],
    [{ count: 1001, exact: false }, "about 1,000"],
    [{ count: 123_456, exact: false }, "about 120,000"],
    [{ count: 987_654, exact: false }, "about 990,000"],
  ])("%o reads %s", (total, label) => {
    expect(totalLabel(total)).toBe(label);
  });

  it("caps dashboard counts", () => {
    expect(boundedLabel(99, 99)).toBe("99");
    expect(boundedLabel(100, 99)).toBe("99+");
  });
});
