import { describe, expect, it } from "vitest";
import { sessionIsCurrent, type SessionClaims, type SessionRow } from "./session-is-current";

const row = (overrides: Partial<SessionRow> = {}): SessionRow => ({ role: "EDITOR", status: "ACTIVE", sessionVersion: 3, partnerOrg: null, ...overrides });
const claims = (overrides: SessionClaims = {}): SessionClaims => ({ id: "u1", role: "EDITOR", sessionVersion: 3, ...overrides });

describe("sessionIsCurrent", () => {
  it("accepts a token whose role and session version match an active user", () => {
    expect(sessionIsCurrent(claims(), row())).toBe(true);
  });

  it.each<[string, SessionClaims, SessionRow | null]>([
    ["the user no longer exists", claims(), null],
    ["the user is disabled", claims(), row({ status: "DISABLED" })],
    ["the session version was raised since the token was issued", claims(), row({ sessionVersion: 4 })],
    ["the token carries a newer version than the row (forged or rolled back)", claims({ sessionVersion: 5 }), row()],
    ["the token predates session versions", claims({ sessionVersion: undefined }), row()],
    ["the version is a string in the token", claims({ sessionVersion: "3" }), row()],
    ["the role changed", claims({ role: "REVIEWER" }), row()],
    ["the partner's organisation is deactivated", claims({ role: "PARTNER" }), row({ role: "PARTNER", partnerOrg: { active: false } })],
    ["the partner has no organisation", claims({ role: "PARTNER" }), row({ role: "PARTNER", partnerOrg: null })],
  ])("refuses the token when %s", (_case, token, user) => {
    expect(sessionIsCurrent(token, user)).toBe(false);
  });

  it("accepts a partner of an active organisation", () => {
    expect(sessionIsCurrent(claims({ role: "PARTNER" }), row({ role: "PARTNER", partnerOrg: { active: true } }))).toBe(true);
  });
});
