import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  it("makes ten distinct codes of 16 unambiguous characters (80 bits) in groups of four", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
  });

  it("hashes a code the same however it is typed back", () => {
    const [code] = newRecoveryCodes(1);
    const hash = hashRecoveryCode(code!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code!.toLowerCase())).toBe(hash);
    expect(hashRecoveryCode(code!.replaceAll("-", " "))).toBe(hash);
    expect(hashRecoveryCode(code!.replaceAll("-", ""))).toBe(hash);
  });

  it("gives different codes different hashes, and keeps no code in its hash", () => {
    const [a, b] = newRecoveryCodes(2);
    expect(hashRecoveryCode(a!)).not.toBe(hashRecoveryCode(b!));
    expect(hashRecoveryCode(a!)).not.toContain(a!.replaceAll("-", ""));
  });

  it("refuses what cannot be a code: wrong length, a TOTP code, ambiguous letters", () => {
    expect(normaliseRecoveryCode("123456")).toBeNull();
    expect(normaliseRecoveryCode("ABCD-EFGH-JKLM-NPQ")).toBeNull();
    expect(normaliseRecoveryCode("ABCD-EFGH-JKLM-NPQ0")).toBeNull();
    expect(hashRecoveryCode("IIII-OOOO-1111-0000")).toBeNull();
  });
});
