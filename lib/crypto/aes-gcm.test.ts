import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptionFailed, open, seal } from "./aes-gcm";

describe("AES-256-GCM envelope", () => {
  const key = randomBytes(32);

  it("round-trips and never contains the plaintext", () => {
    const text = "Abu Hamza al-Shami, +90 532 000 00 00";
    const sealed = seal(key, Buffer.from(text), "s1:transcript");
    expect(sealed.toString("latin1")).not.toContain("Abu Hamza");
    expect(open(key, sealed, "s1:transcript").toString()).toBe(text);
  });

  it("uses a fresh nonce each time", () => {
    expect(seal(key, Buffer.from("x"), "a").equals(seal(key, Buffer.from("x"), "a"))).toBe(false);
  });

  it.each([
    ["a wrong key", (s: Buffer) => open(randomBytes(32), s, "s1:f")],
    ["another record's additional data", (s: Buffer) => open(key, s, "s2:f")],
    ["a flipped bit", (s: Buffer) => open(key, Buffer.from(s.map((b, i) => (i === s.length - 1 ? b ^ 1 : b))), "s1:f")],
    ["a truncated value", (s: Buffer) => open(key, s.subarray(0, 10), "s1:f")],
  ])("refuses %s", (_name, attempt) => {
    const sealed = seal(key, Buffer.from("secret"), "s1:f");
    expect(() => attempt(sealed)).toThrow(DecryptionFailed);
  });
});
