// Session revocation: a token is minted the way next-auth does at sign-in (the
// jwt and session callbacks of auth-options.ts) and read back the way every request
// reads it (userForSession, behind getCurrentUser).
import { describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { authenticate, type AuthenticatedUser } from "./authenticate";
import { userForSession } from "./session-user";
import type { SessionClaims } from "./session-is-current";
import { setUserStatus } from "@/lib/users/set-user-status";
import { changeUserRole } from "@/lib/users/change-user-role";
import { confirmStaffRoleRequest } from "@/lib/users/staff-roles/decide-staff-role-request";
import { acceptAccessLink } from "@/lib/users/accept-access-link";
import { createBootstrapAdmin } from "@/lib/users/create-bootstrap-admin";
import { createUser, rid } from "@/tests/support/factories";

const PASSWORD = "correct horse battery";

async function signInAndMint(email: string, password = PASSWORD): Promise<SessionClaims> {
  const user = (await authenticate({ email, password }, rid())) as AuthenticatedUser;
  expect(user).not.toBeNull();
  const callbacks = authOptions().callbacks!;
  const token = (await callbacks.jwt!({ token: {}, user } as never)) as JWT;
  const session = (await callbacks.session!({ session: { user: {}, expires: "" }, token } as never)) as Session;
  return session.user as SessionClaims;
}

const versionOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).sessionVersion;

describe("revocable sessions", () => {
  it("keeps the current token working when nothing changed", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const token = await signInAndMint(editor.email);
    expect(token).toMatchObject({ id: editor.id, role: "EDITOR", sessionVersion: 1 });
    expect(await userForSession(token)).toMatchObject({ id: editor.id, role: "EDITOR" });
  });

  it("refuses a token minted before a disable and enable cycle, and accepts a fresh sign-in", async () => {
    const admin = await createUser("ADMIN");
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const old = await signInAndMint(editor.email);
    await setUserStatus(admin, { userId: editor.id, status: "DISABLED" }, rid());
    expect(await userForSession(old)).toBeNull();
    await setUserStatus(admin, { userId: editor.id, status: "ACTIVE" }, rid());
    expect(await versionOf(editor.id)).toBe(3);
    expect(await userForSession(old)).toBeNull();
    expect(await userForSession(await signInAndMint(editor.email))).toMatchObject({ id: editor.id });
  });

  it("refuses a token minted before a role was switched away and back", async () => {
    const admin = await createUser("ADMIN");
    const second = await createUser("ADMIN");
    const org = await db().partnerOrganization.create({ data: { name: "Away and back" } });
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const old = await signInAndMint(reviewer.email);
    // Out of staff at once; back into a staff role only once a second admin confirms.
    await changeUserRole(admin, { userId: reviewer.id, role: "PARTNER", partnerOrgId: org.id }, rid());
    expect(await changeUserRole(admin, { userId: reviewer.id, role: "REVIEWER" }, rid())).toEqual({ pending: true });
    const request = await db().staffRoleRequest.findFirstOrThrow({ where: { userId: reviewer.id, outcome: null } });
    await confirmStaffRoleRequest(second, { requestId: request.id }, rid());
    expect(await versionOf(reviewer.id)).toBe(3);
    expect(await userForSession(old)).toBeNull();
  });

  it("refuses a token minted before the password was set through a first sign-in link", async () => {
    const { token: link } = await createBootstrapAdmin({ email: "first@test.example", name: "First" }, rid());
    await acceptAccessLink({ token: link, name: "First", password: PASSWORD, confirm: PASSWORD }, rid());
    const admin = await db().user.findUniqueOrThrow({ where: { email: "first@test.example" } });
    const old = { id: admin.id, role: "ADMIN", sessionVersion: admin.sessionVersion - 1 };
    expect(admin.sessionVersion).toBe(2);
    expect(await userForSession(old)).toBeNull();
    expect(await userForSession(await signInAndMint(admin.email))).toMatchObject({ id: admin.id });
  });

  it("leaves sessions alone when a status or role is set to what it already is", async () => {
    const admin = await createUser("ADMIN");
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const token = await signInAndMint(editor.email);
    await setUserStatus(admin, { userId: editor.id, status: "ACTIVE" }, rid());
    await changeUserRole(admin, { userId: editor.id, role: "EDITOR" }, rid());
    expect(await versionOf(editor.id)).toBe(1);
    expect(await userForSession(token)).toMatchObject({ id: editor.id });
  });

  it("refuses a token without a session version (issued before versions existed)", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    expect(await userForSession({ id: editor.id, role: "EDITOR" })).toBeNull();
  });
});
