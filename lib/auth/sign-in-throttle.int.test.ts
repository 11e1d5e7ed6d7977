import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { ADDRESS_FAILURE_LIMIT, EMAIL_FAILURE_LIMIT, SIGN_IN_WINDOW_MS } from "./sign-in-throttle";
import { createUser, rid } from "@/tests/support/factories";

const PASSWORD = "correct horse battery";
// Five minutes into a window, so ten minutes of it are left.
const T0 = new Date(Math.floor(Date.now() / SIGN_IN_WINDOW_MS) * SIGN_IN_WINDOW_MS + 5 * 60_000);
const HERE = { clientAddress: "203.0.113.7", now: T0 };
const ELSEWHERE = { clientAddress: "198.51.100.20", now: T0 };

async function failTimes(count: number, email: string, options: { clientAddress: string; now: Date }) {
  for (let i = 0; i < count; i++) {
    expect(await authenticate({ email, password: `wrong guess ${i}` }, rid(), options)).toBeNull();
  }
}

describe("sign-in throttling", () => {
  it(`refuses the ${EMAIL_FAILURE_LIMIT + 1}th attempt for an email even with the right password, and records it`, async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    await failTimes(EMAIL_FAILURE_LIMIT, editor.email, HERE);
    await expect(authenticate({ email: editor.email, password: PASSWORD }, rid(), HERE)).rejects.toThrow("SignInThrottled:10");
    // From another address too: the limit is the email's.
    await expect(authenticate({ email: editor.email.toUpperCase(), password: PASSWORD }, rid(), ELSEWHERE)).rejects.toThrow(/^SignInThrottled:/);
    expect(await db().auditEvent.count({ where: { action: "auth.sign-in" } })).toBe(0);
    const throttled = await db().auditEvent.findMany({ where: { action: "auth.sign-in-throttled" } });
    expect(throttled).toHaveLength(2);
    expect(throttled[0]).toMatchObject({ targetId: editor.id, details: { limit: "email", retryAfterMinutes: 10 } });
  });

  it("leaves another email from another address unaffected", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    await failTimes(EMAIL_FAILURE_LIMIT, editor.email, HERE);
    await expect(authenticate({ email: editor.email, password: PASSWORD }, rid(), HERE)).rejects.toThrow(/^SignInThrottled:/);
    expect(await authenticate({ email: reviewer.email, password: PASSWORD }, rid(), ELSEWHERE)).toMatchObject({ id: reviewer.id });
  });

  it("lets the person in again once the window has passed", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    await failTimes(EMAIL_FAILURE_LIMIT, editor.email, HERE);
    await expect(authenticate({ email: editor.email, password: PASSWORD }, rid(), HERE)).rejects.toThrow(/^SignInThrottled:/);
    const later = { ...HERE, now: new Date(T0.getTime() + 10 * 60_000) };
    expect(await authenticate({ email: editor.email, password: PASSWORD }, rid(), later)).toMatchObject({ id: editor.id });
  });

  it(`refuses an address after ${ADDRESS_FAILURE_LIMIT} failures across emails, whatever the email`, async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
      expect(await authenticate({ email: `nobody-${i}@test.example`, password: PASSWORD }, rid(), HERE)).toBeNull();
    }
    await expect(authenticate({ email: editor.email, password: PASSWORD }, rid(), HERE)).rejects.toThrow(/^SignInThrottled:/);
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in-throttled" } })).toMatchObject({ details: { limit: "address" } });
    expect(await authenticate({ email: editor.email, password: PASSWORD }, rid(), ELSEWHERE)).toMatchObject({ id: editor.id });
  });

  it("clears an email's failures on a successful sign-in, but not the address's", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    await failTimes(EMAIL_FAILURE_LIMIT - 1, editor.email, HERE);
    expect(await authenticate({ email: editor.email, password: PASSWORD }, rid(), HERE)).toMatchObject({ id: editor.id });
    await failTimes(EMAIL_FAILURE_LIMIT, editor.email, ELSEWHERE);
    await expect(authenticate({ email: editor.email, password: PASSWORD }, rid(), ELSEWHERE)).rejects.toThrow(/^SignInThrottled:/);
    const rows = await db().signInThrottle.findMany({ orderBy: { failures: "asc" } });
    // HERE: nine failures, the sign-in not counted. ELSEWHERE: ten failures and one refusal.
    expect(rows.filter((row) => row.key.startsWith("address:")).map((row) => row.failures)).toEqual([EMAIL_FAILURE_LIMIT - 1, EMAIL_FAILURE_LIMIT + 1]);
  });

  it("does not count a right password refused because the partner's organisation is deactivated", async () => {
    const partner = await createUser("PARTNER", { password: PASSWORD });
    await db().partnerOrganization.updateMany({ data: { active: false } });
    for (let i = 0; i < EMAIL_FAILURE_LIMIT + 2; i++) {
      await expect(authenticate({ email: partner.email, password: PASSWORD }, rid(), HERE)).rejects.toThrow("OrganisationDeactivated");
    }
  });

  it("stores neither the email nor the address in clear, and forgets windows long past", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    await failTimes(1, editor.email, { ...HERE, now: new Date(T0.getTime() - 3 * SIGN_IN_WINDOW_MS) });
    expect(await db().signInThrottle.count()).toBe(2);
    await failTimes(1, editor.email, HERE);
    const rows = await db().signInThrottle.findMany();
    expect(rows).toHaveLength(2);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(editor.email);
    expect(stored).not.toContain(HERE.clientAddress);
  });
});
