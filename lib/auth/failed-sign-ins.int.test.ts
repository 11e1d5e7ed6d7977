import { describe, expect, it, vi } from "vitest";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FailedSignInNotice } from "@/components/dashboard/failed-sign-in-notice";
import { createUser, rid } from "@/tests/support/factories";
import { authenticate } from "./authenticate";
import { failedSignInsSinceLastSignIn } from "./failed-sign-ins";
import { FREE_FAILURES } from "./sign-in-delay";

vi.mock("next-intl/server", async () => (await import("@/tests/support/intl-in-tests")).nextIntlServerInEnglish());

const PASSWORD = "correct horse battery";
const T0 = new Date("2030-01-01T10:05:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const attempt = (email: string, password: string, clientAddress: string, now: Date) => authenticate({ email, password }, rid(), { clientAddress, now }).catch(() => null);

async function noticeText(actor: Parameters<typeof FailedSignInNotice>[0]["actor"]): Promise<string> {
  const element = (await FailedSignInNotice({ actor })) as ReactElement | null;
  return element ? renderToStaticMarkup(element).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() : "";
}

describe("failed sign-ins notice", () => {
  it("tells the owner how many guesses were made since their last sign-in, the last one's time and network, never an address", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    expect(await attempt(reviewer.email, PASSWORD, "192.0.2.44", at(0))).toMatchObject({ id: reviewer.id });
    expect(await failedSignInsSinceLastSignIn(reviewer)).toBeNull();
    // Five wrong passwords, then one refused while it had to wait, then a last from elsewhere once the wait was over.
    for (let i = 0; i < FREE_FAILURES; i++) await attempt(reviewer.email, `guess ${i}`, "203.0.113.7", at(1));
    await attempt(reviewer.email, "guess again", "203.0.113.7", at(1));
    await attempt(reviewer.email, "guess from elsewhere", "2001:db8:85a3::8a2e:370:7348", at(2));
    expect(await attempt(reviewer.email, PASSWORD, "192.0.2.44", at(3))).toMatchObject({ id: reviewer.id });

    expect(await failedSignInsSinceLastSignIn(reviewer)).toEqual({ count: FREE_FAILURES + 2, atLeast: false, lastAt: expect.any(Date), lastFrom: "2001:db8:85a3:…" });
    const text = await noticeText(reviewer);
    expect(text).toMatch(new RegExp(`^Failed sign-ins to your account ${FREE_FAILURES + 2} failed sign-ins to your account since your last sign-in, the last from 2001:db8:85a3:… at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\.`));
    expect(text).not.toContain("203.0.113.7");
    for (const password of ["guess 0", "guess again", "guess from elsewhere"]) expect(text).not.toContain(password);

    // Signing in again starts the count afresh.
    expect(await attempt(reviewer.email, PASSWORD, "192.0.2.44", at(4))).toMatchObject({ id: reviewer.id });
    expect(await noticeText(reviewer)).toBe("");
  });

  it("says nothing of failures at other accounts, and counts a single failure in the singular", async () => {
    const partner = await createUser("PARTNER", { password: PASSWORD });
    const other = await createUser("EDITOR", { password: PASSWORD });
    await attempt(other.email, "wrong", "203.0.113.7", at(0));
    await attempt("nobody@test.example", "wrong", "203.0.113.7", at(0));
    expect(await attempt(partner.email, PASSWORD, "192.0.2.44", at(1))).toMatchObject({ id: partner.id });
    expect(await failedSignInsSinceLastSignIn(partner)).toBeNull();
    const single = await attempt(partner.email, "wrong", "198.51.100.20", at(2));
    expect(single).toBeNull();
    expect(await noticeText(partner)).toContain("1 failed sign-in to your account since your last sign-in, the last from 198.51.100.x");
  });
});
