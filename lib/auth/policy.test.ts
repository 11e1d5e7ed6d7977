import { describe, expect, it } from "vitest";
import { can, type Actor } from "./policy";
import { navigationFor } from "./navigation";

const actor = (role: Actor["role"], id = `${role}-1`): Actor => ({ id, email: `${id}@x.test`, name: id, role, partnerOrgId: role === "PARTNER" ? "org" : null });

describe("policy", () => {
  it("denies everything to nobody", () => {
    expect(can(null, "workspace:view")).toBe(false);
    expect(can(undefined, "portal:view")).toBe(false);
  });

  it("refuses a reviewer the review of a redaction they edited", () => {
    const reviewer = actor("REVIEWER", "r1");
    expect(can(reviewer, "redaction:review", { editorIds: ["e1"] })).toBe(true);
    expect(can(reviewer, "redaction:review", { editorIds: ["e1", "r1"] })).toBe(false);
    expect(can(actor("EDITOR", "e1"), "redaction:review", { editorIds: [] })).toBe(false);
  });

  it("grants a person who must still set up a required second factor nothing but their account's security page", () => {
    const pending: Actor = { ...actor("ADMIN", "a1"), mustEnrolSecondFactor: true };
    expect(can(pending, "account:security")).toBe(true);
    expect(can(pending, "users:manage", { targetUserId: "a2" })).toBe(false);
    expect(can(pending, "workspace:view")).toBe(false);
    expect(navigationFor(pending)).toEqual([]);
  });

  it("refuses an admin managing their own account", () => {
    const admin = actor("ADMIN", "a1");
    expect(can(admin, "users:manage", { targetUserId: "a2" })).toBe(true);
    expect(can(admin, "users:manage", { targetUserId: "a1" })).toBe(false);
  });

  it.each([
    ["ADMIN", ["Dashboard", "People", "Partner organisations", "Audit log", "Takedowns", "Trace a leak", "Disclosure budgets", "Erase a source"]],
    ["EDITOR", ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Themes"]],
    ["REVIEWER", ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Redaction reviews"]],
    ["PARTNER", ["Shared with us"]],
  ] as const)("shows a %s only the navigation they may use", (role, labels) => {
    expect(navigationFor(actor(role)).map((i) => i.label)).toEqual(labels);
  });
});
