import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate, ORGANISATION_DEACTIVATED } from "@/lib/auth/authenticate";
import { inviteUser } from "./invite-user";
import { acceptAccessLink, findAccessLink } from "./accept-access-link";
import { changeUserRole } from "./change-user-role";
import { setUserStatus } from "./set-user-status";
import { revokeInvitation } from "./revoke-invitation";
import { createBootstrapAdmin } from "./create-bootstrap-admin";
import { InviteUserInput } from "./schemas";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import type { Actor } from "@/lib/auth/policy";
import { confirmStaffRoleRequest } from "./staff-roles/decide-staff-role-request";

const PASSWORD = "correct horse battery";

/** A staff invitation as it now goes: one admin asks, a second confirms and gets the link. */
async function invited(admin: Actor, input: { email: string; role: "ADMIN" | "EDITOR" | "REVIEWER" }) {
  const asked = await inviteUser(admin, InviteUserInput.parse(input), rid());
  expect(asked.kind).toBe("pending");
  const confirmed = await confirmStaffRoleRequest(await createUser("ADMIN"), { requestId: asked.id }, rid());
  if (confirmed.kind !== "link") throw new Error("expected a link");
  const link = await db().accessLink.findFirstOrThrow({ where: { email: confirmed.email, revokedAt: null, usedAt: null } });
  return { token: confirmed.token, id: link.id };
}

describe("signing in", () => {
  it("accepts the right password and records the sign-in", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const signedIn = await authenticate({ email: editor.email.toUpperCase(), password: PASSWORD }, rid());
    expect(signedIn?.id).toBe(editor.id);
    const events = await db().auditEvent.findMany({ where: { action: "auth.sign-in" } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });

  it("refuses a wrong password, an unknown email and a disabled account alike, and records each", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const disabled = await createUser("EDITOR", { password: PASSWORD, status: "DISABLED" });
    expect(await authenticate({ email: editor.email, password: "wrong password!" }, rid())).toBeNull();
    expect(await authenticate({ email: "nobody@test.example", password: PASSWORD }, rid())).toBeNull();
    expect(await authenticate({ email: disabled.email, password: PASSWORD }, rid())).toBeNull();
    expect(await authenticate({ email: "not an email", password: "" }, rid())).toBeNull();
    const failures = await db().auditEvent.findMany({ where: { action: "auth.sign-in-failed" } });
    expect(failures).toHaveLength(4);
    expect(JSON.stringify(failures)).not.toContain("wrong password!");
  });

  it("tells a partner whose organisation was deactivated why, but only after the right password", async () => {
    const org = await createPartnerOrg();
    const partner = await createUser("PARTNER", { password: PASSWORD, partnerOrgId: org.id });
    await db().partnerOrganization.update({ where: { id: org.id }, data: { active: false } });
    expect(await authenticate({ email: partner.email, password: "wrong password!" }, rid())).toBeNull();
    await expect(authenticate({ email: partner.email, password: PASSWORD }, rid())).rejects.toThrow(ORGANISATION_DEACTIVATED);
    expect(await db().auditEvent.count({ where: { action: "auth.sign-in", actorId: partner.id } })).toBe(0);
  });
});

describe("invitations", () => {
  it("invites, redeems once, and lets the new person sign in", async () => {
    const admin = await createUser("ADMIN");
    const { token } = await invited(admin, { email: "New.Person@Test.example", role: "REVIEWER" });
    expect(await findAccessLink(token)).toMatchObject({ valid: true, email: "new.person@test.example", role: "REVIEWER" });
    await acceptAccessLink({ token, name: "New Person", password: PASSWORD, confirm: PASSWORD }, rid());
    expect(await authenticate({ email: "new.person@test.example", password: PASSWORD }, rid())).toMatchObject({ role: "REVIEWER" });
    await expect(acceptAccessLink({ token, name: "Again", password: PASSWORD, confirm: PASSWORD }, rid())).rejects.toThrow(/not valid/);
    expect(await db().user.count({ where: { email: "new.person@test.example" } })).toBe(1);
  });

  it("stores only a hash of the token", async () => {
    const admin = await createUser("ADMIN");
    const { token } = await invited(admin, { email: "x@test.example", role: "EDITOR" });
    const stored = await db().accessLink.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
  });

  it("refuses an expired invitation", async () => {
    const admin = await createUser("ADMIN");
    const { token, id } = await invited(admin, { email: "late@test.example", role: "EDITOR" });
    await db().accessLink.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findAccessLink(token)).toMatchObject({ valid: false });
    await expect(acceptAccessLink({ token, name: "Late", password: PASSWORD, confirm: PASSWORD }, rid())).rejects.toThrow(/expired/);
    expect(await db().user.count({ where: { email: "late@test.example" } })).toBe(0);
  });

  it("refuses a revoked invitation and one replaced by a newer invitation", async () => {
    const admin = await createUser("ADMIN");
    const first = await invited(admin, { email: "twice@test.example", role: "EDITOR" });
    const second = await invited(admin, { email: "twice@test.example", role: "EDITOR" });
    expect(await findAccessLink(first.token)).toMatchObject({ valid: false });
    await revokeInvitation(admin, second.id, rid());
    expect(await findAccessLink(second.token)).toMatchObject({ valid: false });
  });

  it("requires an active organisation for a partner and refuses an existing email", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartnerOrg("Inactive Org");
    await db().partnerOrganization.update({ where: { id: org.id }, data: { active: false } });
    expect(InviteUserInput.safeParse({ email: "p@test.example", role: "PARTNER" }).success).toBe(false);
    await expect(inviteUser(admin, { email: "p@test.example", role: "PARTNER", partnerOrgId: org.id }, rid())).rejects.toThrow(/active partner/);
    await expect(inviteUser(admin, { email: admin.email, role: "EDITOR" }, rid())).rejects.toThrow(/already exists/);
    expect(await db().accessLink.count()).toBe(0);
  });

  it("refuses invitations from anyone but an admin", async () => {
    for (const role of ["EDITOR", "REVIEWER", "PARTNER"] as const) {
      const user = await createUser(role);
      await expect(inviteUser(user, { email: "z@test.example", role: "ADMIN" }, rid())).rejects.toThrow(/not allowed/);
    }
  });
});

describe("roles and status", () => {
  it("changes a role once a second admin confirms, and records who did it", async () => {
    const admin = await createUser("ADMIN");
    const second = await createUser("ADMIN");
    const editor = await createUser("EDITOR");
    expect(await changeUserRole(admin, { userId: editor.id, role: "REVIEWER" }, rid())).toEqual({ pending: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("EDITOR");
    const request = await db().staffRoleRequest.findFirstOrThrow({ where: { userId: editor.id } });
    await confirmStaffRoleRequest(second, { requestId: request.id }, rid());
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("REVIEWER");
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "user.role-changed" } });
    expect(event).toMatchObject({ actorId: second.id, targetId: editor.id, details: { from: "EDITOR", to: "REVIEWER" } });
  });

  it("refuses an admin changing their own role or disabling themselves", async () => {
    const admin = await createUser("ADMIN");
    await expect(changeUserRole(admin, { userId: admin.id, role: "EDITOR" }, rid())).rejects.toThrow(/own role/);
    await expect(setUserStatus(admin, { userId: admin.id, status: "DISABLED" }, rid())).rejects.toThrow(/own account/);
  });

  it("disables and enables an account", async () => {
    const admin = await createUser("ADMIN");
    const editor = await createUser("EDITOR", { password: PASSWORD });
    await setUserStatus(admin, { userId: editor.id, status: "DISABLED" }, rid());
    expect(await authenticate({ email: editor.email, password: PASSWORD }, rid())).toBeNull();
    await setUserStatus(admin, { userId: editor.id, status: "ACTIVE" }, rid());
    expect(await authenticate({ email: editor.email, password: PASSWORD }, rid())).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: { in: ["user.disabled", "user.enabled"] } } })).toBe(2);
  });
});

describe("bootstrap admin", () => {
  it("creates the first two admins with one-time links, and no more", async () => {
    const { token } = await createBootstrapAdmin({ email: "first@test.example", name: "First" }, rid());
    expect(await findAccessLink(token)).toMatchObject({ valid: true, purpose: "FIRST_SIGN_IN" });
    expect(await authenticate({ email: "first@test.example", password: PASSWORD }, rid())).toBeNull();
    await acceptAccessLink({ token, name: "First Admin", password: PASSWORD, confirm: PASSWORD }, rid());
    expect(await authenticate({ email: "first@test.example", password: PASSWORD }, rid())).toMatchObject({ role: "ADMIN" });
    await createBootstrapAdmin({ email: "second@test.example", name: "Second" }, rid());
    await expect(createBootstrapAdmin({ email: "third@test.example", name: "Third" }, rid())).rejects.toThrow(/Two active admins already exist/);
  });
});
