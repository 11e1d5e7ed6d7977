import { describe, expect, it } from "vitest";
import { exemptAsEmbeddedDemo, twoFactorRequired, type TwoFactorSubject } from "./two-factor-policy";

describe("who must sign in with a second factor", () => {
  it.each<[TwoFactorSubject, boolean]>([
    [{ role: "ADMIN", handlesHighRiskSource: false }, true],
    [{ role: "REVIEWER", handlesHighRiskSource: false }, true],
    [{ role: "EDITOR", handlesHighRiskSource: true }, true],
    [{ role: "EDITOR", handlesHighRiskSource: false }, false],
    [{ role: "PARTNER", handlesHighRiskSource: false }, false],
  ])("%o → %s", (subject, required) => {
    expect(twoFactorRequired(subject)).toBe(required);
  });

  it("exempts the seeded demo accounts only in the embedded database", () => {
    const demo = ["admin@demo.test"];
    expect(exemptAsEmbeddedDemo("admin@demo.test", "pglite", demo)).toBe(true);
    expect(exemptAsEmbeddedDemo("admin@demo.test", "postgresql", demo)).toBe(false);
    expect(exemptAsEmbeddedDemo("someone@demo.test", "pglite", demo)).toBe(false);
  });
});
