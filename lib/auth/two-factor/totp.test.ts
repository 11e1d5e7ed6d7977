import { describe, expect, it } from "vitest";
import { acceptedTotpStep, newTotpSecret, normaliseTotpCode, timeStepAt, totpCodeAt, totpUri } from "./totp";

const secret = newTotpSecret();
const now = new Date("2026-11-29T20:00:10Z");
const step = timeStepAt(now);
const accept = (code: string, lastAcceptedStep: number | null = null) => acceptedTotpStep({ secret, code, now, lastAcceptedStep });

describe("TOTP codes", () => {
  it("accepts the current code and names its time step", () => {
    expect(accept(totpCodeAt(secret, step))).toBe(step);
  });

  it("accepts one step either side for a phone clock a little off, and nothing further", () => {
    expect(accept(totpCodeAt(secret, step - 1))).toBe(step - 1);
    expect(accept(totpCodeAt(secret, step + 1))).toBe(step + 1);
    expect(accept(totpCodeAt(secret, step - 2))).toBeNull();
    expect(accept(totpCodeAt(secret, step + 2))).toBeNull();
  });

  it("refuses a code whose step was already accepted (replay), and any older code", () => {
    const current = totpCodeAt(secret, step);
    expect(accept(current, step)).toBeNull();
    expect(accept(totpCodeAt(secret, step - 1), step)).toBeNull();
    expect(accept(current, step + 1)).toBeNull();
  });

  it("accepts the next step's code after the current one was used", () => {
    expect(accept(totpCodeAt(secret, step + 1), step)).toBe(step + 1);
  });

  it("refuses another secret's code and anything that is not six digits", () => {
    expect(accept(totpCodeAt(newTotpSecret(), step))).toBeNull();
    expect(accept("12345")).toBeNull();
    expect(accept("abcdef")).toBeNull();
    expect(accept("")).toBeNull();
  });

  it("reads a code typed with a space in the middle", () => {
    expect(normaliseTotpCode("123 456")).toBe("123456");
    const code = totpCodeAt(secret, step);
    expect(accept(`${code.slice(0, 3)} ${code.slice(3)}`)).toBe(step);
  });

  it("draws 160-bit secrets and an otpauth URI naming Countervoice", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(totpUri(secret, "rami@example.org")).toMatch(/^otpauth:\/\/totp\/Countervoice:rami%40example\.org\?.*secret=/);
  });
});
