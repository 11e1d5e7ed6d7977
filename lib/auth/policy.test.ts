import { describe, expect, it } from "vitest";
import { can, type Actor } from "./policy";
import { translate } from "@/lib/i18n/translate";
import { navigationFor } from "./navigation";

const actor = (role: Actor["role"], id = `${role}-1`): Actor => ({ id, email: `${id}@x.test`, name: id, role, partnerOrgId: role === "PARTNER" ? "org" : null });

describe("policy", () => {
  it("denies everything to nobody", () => {
    expect(can(null, "workspace:view")).toBe(false);
    expect(can(undefined, "portal:view")).toBe(false);
  });

  it.each(["redaction:review", "content:review"] as const)("lets only an assigned reviewer who did not write or submit it decide (%s)", (permission) => {
    const reviewer = actor("REVIEWER", "r1");
    expect(can(reviewer, permission, { authorIds: ["e1"], assigneeIds: ["r1"] })).toBe(true);
    expect(can(reviewer, permission, { authorIds: ["e1"], assigneeIds: ["r2"] })).toBe(false);
    expect(can(reviewer, permission, { authorIds: ["e1", "r1"], assigneeIds: ["r1"] })).toBe(false);
    expect(can(actor("EDITOR", "e1"), permission, { authorIds: [], assigneeIds: ["e1"] })).toBe(false);
  });

  it("lets only a source's team reveal its identifiers, and an admin only while emergency access lasts", () => {
    const hour = 60 * 60 * 1000;
    const team = { teamIds: ["e1", "r1"], emergencyUntil: null };
    expect(can(actor("EDITOR", "e1"), "sources:reveal", team)).toBe(true);
    expect(can(actor("REVIEWER", "r1"), "sources:reveal", team)).toBe(true);
    expect(can(actor("EDITOR", "e2"), "sources:reveal", team)).toBe(false);
    expect(can(actor("ADMIN", "a1"), "sources:reveal", team)).toBe(false);
    expect(can(actor("ADMIN", "a1"), "sources:reveal", { ...team, emergencyUntil: new Date(Date.now() + hour) })).toBe(true);
    expect(can(actor("ADMIN", "a1"), "sources:reveal", { ...team, emergencyUntil: new Date(Date.now() - 1) })).toBe(false);
    // Emergency access reads; it never writes.
    expect(can(actor("ADMIN", "a1"), "sources:edit", { ...team, emergencyUntil: new Date(Date.now() + hour) })).toBe(false);
    expect(can(actor("PARTNER", "p1"), "sources:reveal", { teamIds: ["p1"], emergencyUntil: null })).toBe(false);
  });

  it("opens raw testimony to its team and to the reviewer assigned to its redaction only", () => {
    const access = { teamIds: ["e1"], emergencyUntil: null, assigneeIds: ["r1"] };
    expect(can(actor("EDITOR", "e1"), "testimony:view-raw", access)).toBe(true);
    expect(can(actor("REVIEWER", "r1"), "testimony:view-raw", access)).toBe(true);
    expect(can(actor("REVIEWER", "r2"), "testimony:view-raw", access)).toBe(false);
    expect(can(actor("EDITOR", "e2"), "testimony:view-raw", access)).toBe(false);
    // Being assigned to review gives no say over the source itself.
    expect(can(actor("REVIEWER", "r1"), "sources:reveal", access)).toBe(false);
  });

  it("lets the handling editor or an admin change a team, and a second admin confirm a staff role", () => {
    expect(can(actor("EDITOR", "e1"), "sources:manage-team", { handlingEditorId: "e1" })).toBe(true);
    expect(can(actor("EDITOR", "e2"), "sources:manage-team", { handlingEditorId: "e1" })).toBe(false);
    expect(can(actor("ADMIN", "a1"), "sources:manage-team", { handlingEditorId: "e1" })).toBe(true);
    expect(can(actor("ADMIN", "a1"), "users:confirm-staff-role", { requestedById: "a2" })).toBe(true);
    expect(can(actor("ADMIN", "a1"), "users:confirm-staff-role", { requestedById: "a1" })).toBe(false);
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
    ["ADMIN", ["Dashboard", "Sources", "People", "Partner organisations", "Audit log", "Takedowns", "Trace a leak", "Disclosure budgets", "Erase a source", "Review assignments", "Email notices", "Background jobs"]],
    ["EDITOR", ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Themes", "Takedowns"]],
    ["REVIEWER", ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Redaction reviews"]],
    ["PARTNER", ["Shared with us"]],
  ] as const)("shows a %s only the navigation they may use", (role, labels) => {
    expect(navigationFor(actor(role)).map((i) => translate("en", `common.nav.${i.label}`))).toEqual(labels);
  });
});
