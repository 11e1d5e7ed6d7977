import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, rid } from "@/tests/support/factories";

// Every password check goes through these two: counting their calls shows a refusal hashed nothing.
const hashing = vi.hoisted(() => ({ verify: 0, hash: 0 }));
vi.mock("./password", async (original) => {
  const real = await original<typeof import("./password")>();
  return {
    verifyPassword: (...args: Parameters<typeof real.verifyPassword>) => {
      hashing.verify++;
      return real.verifyPassword(...args);
    },
    hashPassword: (...args: Parameters<typeof real.hashPassword>) => {
      hashing.hash++;
      return real.hashPassword(...args);
    },
  };
});

const { authenticate } = await import("./authenticate");
const { FREE_FAILURES, MAX_DELAY_SECONDS } = await import("./sign-in-delay");
const { addressFailureLimit } = await import("./sign-in-throttle");

const PASSWORD = "correct horse battery";
const T0 = new Date("2030-01-01T10:05:00.000Z");
const ATTACKER = "203.0.113.7";
const OWNER_ELSEWHERE = "198.51.100.20";
const OWNER_HOME = "192.0.2.44";
const seconds = (s: number) => new Date(T0.getTime() + s * 1000);
const attempt = (email: string, password: string, clientAddress: string, now: Date) => authenticate({ email, password }, rid(), { clientAddress, now });

beforeEach(() => {
  hashing.verify = 0;
  hashing.hash = 0;
});

describe("progressive sign-in delays", () => {
  it(`lets ${FREE_FAILURES} failures through, then makes each attempt wait twice as long, refused unhashed while it waits`, async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    for (let i = 0; i < FREE_FAILURES; i++) expect(await attempt(editor.email, `guess ${i}`, ATTACKER, T0)).toBeNull();
    expect(hashing.verify).toBe(FREE_FAILURES);
    // The wait after the 5th failure is 1 s: even the right password is refused inside it, and not checked.
    await expect(attempt(editor.email, PASSWORD, ATTACKER, T0)).rejects.toThrow("SignInThrottled:1");
    expect(hashing.verify).toBe(FREE_FAILURES);
    // At each opening one more guess is checked, and the next wait doubles.
    let at = 0;
    for (const wait of [1, 2, 4, 8]) {
      at += wait;
      expect(await attempt(editor.email, "another guess", ATTACKER, seconds(at))).toBeNull();
      await expect(attempt(editor.email, PASSWORD, ATTACKER, seconds(at))).rejects.toThrow(`SignInThrottled:${wait * 2}`);
    }
    expect(hashing.verify).toBe(FREE_FAILURES + 4);
    const refused = await db().auditEvent.findMany({ where: { action: "auth.sign-in-throttled", targetId: editor.id }, orderBy: { sequence: "asc" } });
    expect(refused.map((e) => e.details)).toEqual([1, 2, 4, 8, 16].map((s) => ({ limit: "account", retryAfterSeconds: s, from: "203.0.113.x" })));
  });

  it("never makes anyone wait more than 15 minutes, however long the guessing goes on", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    let at = 0;
    // 16 failures, each from its own address and at its opening: the waits reach the cap.
    for (let i = 0; i < FREE_FAILURES + 11; i++) {
      expect(await attempt(reviewer.email, `guess ${i}`, `203.0.113.${i + 1}`, seconds(at))).toBeNull();
      at += Math.min(MAX_DELAY_SECONDS, i + 1 < FREE_FAILURES ? 0 : 2 ** (i + 1 - FREE_FAILURES));
    }
    await expect(attempt(reviewer.email, PASSWORD, OWNER_ELSEWHERE, seconds(at - 1))).rejects.toThrow("SignInThrottled:1");
    const row = await db().signInDelay.findFirstOrThrow({ where: { key: { startsWith: "account:" } } });
    expect(row.failures).toBe(FREE_FAILURES + 11);
    // The last wait was the cap: the owner, from another address, is in once it is over.
    expect(at - (row.lastFailureAt!.getTime() - T0.getTime()) / 1000).toBe(MAX_DELAY_SECONDS);
    expect(await attempt(reviewer.email, PASSWORD, OWNER_ELSEWHERE, seconds(at))).toMatchObject({ id: reviewer.id });
    // Signing in clears the account's count.
    expect(await db().signInDelay.count({ where: { key: { startsWith: "account:" } } })).toBe(0);
  });

  it("does not let a stranger's guesses delay the owner where they have signed in before", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    expect(await attempt(reviewer.email, PASSWORD, OWNER_HOME, T0)).toMatchObject({ id: reviewer.id });
    for (let i = 0; i < FREE_FAILURES + 3; i++) await attempt(reviewer.email, `guess ${i}`, ATTACKER, seconds(60 * i)).catch(() => null);
    const lastGuess = seconds(60 * (FREE_FAILURES + 2));
    await expect(attempt(reviewer.email, PASSWORD, ATTACKER, lastGuess)).rejects.toThrow(/^SignInThrottled:/);
    // From home, at the same moment, the owner is not kept waiting.
    expect(await attempt(reviewer.email, PASSWORD, OWNER_HOME, lastGuess)).toMatchObject({ id: reviewer.id });
  });

  it("slows guesses at an unknown email exactly as at a real one", async () => {
    for (let i = 0; i < FREE_FAILURES; i++) expect(await attempt("nobody@test.example", `guess ${i}`, ATTACKER, T0)).toBeNull();
    await expect(attempt("nobody@test.example", PASSWORD, ATTACKER, T0)).rejects.toThrow("SignInThrottled:1");
  });

  it("forgets failures after a quiet day", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    for (let i = 0; i < FREE_FAILURES + 1; i++) await attempt(editor.email, `guess ${i}`, ATTACKER, seconds(i * 10));
    expect(await attempt(editor.email, "guess again", ATTACKER, seconds(24 * 3600 + 60))).toBeNull();
    expect(await db().signInDelay.findFirstOrThrow({ where: { key: { startsWith: "account:" } } })).toMatchObject({ failures: 1 });
  });

  it("does not count a right password refused because the partner's organisation is deactivated", async () => {
    const partner = await createUser("PARTNER", { password: PASSWORD });
    await db().partnerOrganization.updateMany({ where: { id: partner.partnerOrgId! }, data: { active: false } });
    for (let i = 0; i < FREE_FAILURES + 2; i++) await expect(attempt(partner.email, PASSWORD, ATTACKER, T0)).rejects.toThrow("OrganisationDeactivated");
  });
});

describe("per-address limit", () => {
  it("refuses an address past its limit across accounts, unhashed, whatever the email, and only that address", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const limit = addressFailureLimit();
    for (let i = 0; i < limit; i++) expect(await attempt(`nobody-${i}@test.example`, PASSWORD, ATTACKER, T0)).toBeNull();
    const checked = hashing.verify;
    await expect(attempt(editor.email, PASSWORD, ATTACKER, T0)).rejects.toThrow("SignInThrottled:600");
    expect(hashing.verify).toBe(checked);
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in-throttled" } })).toMatchObject({ targetId: editor.id, details: { limit: "address", retryAfterSeconds: 600 } });
    expect(await attempt(editor.email, PASSWORD, OWNER_ELSEWHERE, T0)).toMatchObject({ id: editor.id });
  });

  it("stores neither an email nor an address in clear, and records only an address's network", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    await attempt(editor.email, "wrong", ATTACKER, T0);
    await attempt(editor.email, PASSWORD, OWNER_HOME, T0);
    const counts = JSON.stringify([await db().signInThrottle.findMany(), await db().signInDelay.findMany()]);
    expect(counts).not.toContain(editor.email);
    const audit = JSON.stringify(await db().auditEvent.findMany({ where: { action: { startsWith: "auth." } } }));
    for (const address of [ATTACKER, OWNER_HOME]) expect(counts + audit).not.toContain(address);
    expect(audit).toContain("203.0.113.x");
  });
});
