import { describe, expect, it } from "vitest";
import { sessionEndsAt, sessionExpiry } from "./session-lifetimes";

const start = new Date("2026-11-29T08:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

describe("session lifetimes", () => {
  it("ends a staff session after the idle limit without a request, not before", () => {
    const session = { lastSeenAt: start, expiresAt: sessionEndsAt("EDITOR", start) };
    expect(sessionExpiry(session, "EDITOR", minutes(29), 30)).toBeNull();
    expect(sessionExpiry(session, "EDITOR", minutes(30), 30)).toBe("idle");
    expect(sessionExpiry(session, "ADMIN", minutes(6), 5)).toBe("idle");
  });

  it("ends a staff session 12 hours after sign-in however active it was", () => {
    const session = { lastSeenAt: minutes(12 * 60 - 1), expiresAt: sessionEndsAt("REVIEWER", start) };
    expect(sessionExpiry(session, "REVIEWER", minutes(12 * 60 - 1), 30)).toBeNull();
    expect(sessionExpiry(session, "REVIEWER", minutes(12 * 60), 30)).toBe("expired");
  });

  it("gives partners 8 hours in all and no idle limit", () => {
    const session = { lastSeenAt: start, expiresAt: sessionEndsAt("PARTNER", start) };
    expect(sessionExpiry(session, "PARTNER", minutes(8 * 60 - 1), 30)).toBeNull();
    expect(sessionExpiry(session, "PARTNER", minutes(8 * 60), 30)).toBe("expired");
  });
});
