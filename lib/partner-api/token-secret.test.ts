import { describe, expect, it } from "vitest";
import { bearerToken, hashToken, newTokenPlaintext, tokenPrefix } from "./token-secret";

describe("partner API token secrets", () => {
  it("are cvp_ followed by 32 random bytes in base64url", () => {
    const tokens = new Set(Array.from({ length: 50 }, newTokenPlaintext));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^cvp_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
    }
  });

  it("hash to SHA-256 hex and show only a short prefix", () => {
    expect(hashToken("cvp_demo_partner_token")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken("cvp_a")).not.toBe(hashToken("cvp_b"));
    expect(tokenPrefix("cvp_abcdefghijklmnop")).toBe("cvp_abcdefgh");
  });

  it.each([
    ["Bearer cvp_demo_partner_token", "cvp_demo_partner_token"],
    ["bearer   cvp_demo_partner_token ", "cvp_demo_partner_token"],
    [null, null],
    ["", null],
    ["Basic cvp_demo_partner_token", null],
    ["Bearer", null],
    ["Bearer other_token_value", null],
    ["Bearer cvp_short", null],
    ["Bearer cvp_demo partner", null],
  ])("reads the bearer token of %j", (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
