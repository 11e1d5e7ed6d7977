// Enrolment, sign-in with a code, replay refusal, recovery codes, resets and the
// 2024 SecureDrop enrolment IDOR, against real PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { sessionForClaims, type CurrentSession } from "@/lib/auth/session-user";
import { SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED } from "@/lib/auth/sign-in-errors";
import { ReauthRequired } from "@/lib/auth/recent-reauth";
import { NotAllowed } from "@/lib/errors";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { signInClaims } from "@/tests/support/sign-in";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "./enrol-two-factor";
import { resetOwnTwoFactor, resetTwoFactorByAdmin } from "./reset-two-factor";
import { regenerateRecoveryCodes } from "./regenerate-recovery-codes";
import { openTotpSecret } from "./totp-secret-box";
import { timeStepAt, totpCodeAt } from "./totp";

const PASSWORD = "correct horse battery";

async function signedIn(email: string, code?: string, now?: Date): Promise<CurrentSession> {
  const session = await sessionForClaims(await signInClaims(email, PASSWORD, code, now), now);
  if (!session) throw new Error("no session");
  return session;
}

async function pendingSecretOf(userId: string): Promise<string> {
  const row = await db().user.findUniqueOrThrow({ where: { id: userId } });
  return openTotpSecret(userId, row.totpPendingSecretEnc!);
}

const codeAt = (secret: string, when: Date) => totpCodeAt(secret, timeStepAt(when));
const actions = async (userId: string) => (await db().auditEvent.findMany({ where: { targetId: userId }, orderBy: { at: "asc" } })).map((e) => e.action);

/** Enrols `email` through the domain; returns its secret and recovery codes. */
async function enrol(email: string, now = new Date()) {
  const session = await signedIn(email, undefined, now);
  await startTwoFactorEnrolment(session, rid(), now);
  const secret = await pendingSecretOf(session.actor.id);
  const { recoveryCodes } = await confirmTwoFactorEnrolment(session, { code: codeAt(secret, now) }, rid(), now);
  return { session, secret, recoveryCodes };
}

/** A person of `role` with a factor, signed in with one of their recovery codes. */
async function enrolledAndSignedIn(role: "ADMIN" | "REVIEWER" | "EDITOR") {
  const user = await createUser(role, { password: PASSWORD });
  const { recoveryCodes } = await enrol(user.email);
  return { user, session: await signedIn(user.email, recoveryCodes[9]) };
}

describe("two-factor enrolment", () => {
  it("sends a reviewer without a factor to enrolment and lets them do nothing else", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const { actor } = await signedIn(reviewer.email);
    expect(actor.mustEnrolSecondFactor).toBe(true);
    expect(can(actor, "redaction:review")).toBe(false);
    expect(can(actor, "account:security")).toBe(true);
  });

  it("requires it of an editor only while they handle a high- or critical-risk source; never of a partner", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    expect((await signedIn(editor.email)).actor.mustEnrolSecondFactor).toBeUndefined();
    await createSource({ editor, riskLevel: "LOW" });
    expect((await signedIn(editor.email)).actor.mustEnrolSecondFactor).toBeUndefined();
    await createSource({ editor, riskLevel: "CRITICAL" });
    expect((await signedIn(editor.email)).actor.mustEnrolSecondFactor).toBe(true);
    const partner = await createUser("PARTNER", { password: PASSWORD });
    expect((await signedIn(partner.email)).actor.mustEnrolSecondFactor).toBeUndefined();
  });

  it("enrols with a code from the pending secret, keeps the secret sealed, ends every session and audits it", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const other = await signedIn(reviewer.email);
    const { session, secret, recoveryCodes } = await enrol(reviewer.email);
    expect(recoveryCodes).toHaveLength(10);
    const row = await db().user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpPendingSecretEnc).toBeNull();
    expect(Buffer.from(row.totpSecretEnc!).toString("latin1")).not.toContain(secret);
    expect(row.sessionVersion).toBe(2);
    const stored = await db().recoveryCode.findMany({ where: { userId: reviewer.id } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.map((r) => r.codeHash).join()).not.toContain(code);
    expect(await sessionForClaims({ id: reviewer.id, sid: session.sessionId, role: "REVIEWER", sessionVersion: 1 })).toBeNull();
    expect(await sessionForClaims({ id: reviewer.id, sid: other.sessionId, role: "REVIEWER", sessionVersion: 1 })).toBeNull();
    expect(await actions(reviewer.id)).toEqual(expect.arrayContaining(["two-factor.enrolment-started", "two-factor.enrolled"]));
  });

  it("refuses a wrong code at enrolment, audits it and enrols nothing", async () => {
    const admin = await createUser("ADMIN", { password: PASSWORD });
    const session = await signedIn(admin.email);
    await startTwoFactorEnrolment(session, rid());
    await expect(confirmTwoFactorEnrolment(session, { code: "000000" }, rid())).rejects.toThrow("does not match");
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).totpEnabledAt).toBeNull();
    expect(await actions(admin.id)).toContain("two-factor.enrolment-failed");
  });

  it("needs a recent re-authentication to start", async () => {
    const admin = await createUser("ADMIN", { password: PASSWORD });
    const session = await signedIn(admin.email);
    const later = new Date(Date.now() + 11 * 60_000);
    await expect(startTwoFactorEnrolment(session, rid(), later)).rejects.toThrow(ReauthRequired);
  });
});

describe("one person cannot enrol or reset another's factor (SecureDrop 2024)", () => {
  it("binds the pending secret to the session's user: another person's code, or a smuggled user id, enrols no one", async () => {
    const victim = await createUser("REVIEWER", { password: PASSWORD });
    const attacker = await createUser("REVIEWER", { password: PASSWORD });
    const victimSession = await signedIn(victim.email);
    const attackerSession = await signedIn(attacker.email);
    await startTwoFactorEnrolment(victimSession, rid());
    const victimSecret = await pendingSecretOf(victim.id);

    // The attacker holds the victim's code and names the victim: their own row is used, which has nothing pending.
    await expect(confirmTwoFactorEnrolment(attackerSession, { code: codeAt(victimSecret, new Date()), userId: victim.id }, rid())).rejects.toThrow("Start the set-up again");
    // With their own enrolment started, the victim's code does not match the attacker's secret.
    await startTwoFactorEnrolment(attackerSession, rid());
    await expect(confirmTwoFactorEnrolment(attackerSession, { code: codeAt(victimSecret, new Date()), userId: victim.id }, rid())).rejects.toThrow("does not match");

    const [victimRow, attackerRow] = await Promise.all([db().user.findUniqueOrThrow({ where: { id: victim.id } }), db().user.findUniqueOrThrow({ where: { id: attacker.id } })]);
    expect(victimRow.totpEnabledAt).toBeNull();
    expect(attackerRow.totpEnabledAt).toBeNull();
    expect(await pendingSecretOf(victim.id)).toBe(victimSecret);
  });

  it("seals a secret to its owner: copied onto another person's row, it cannot be opened", async () => {
    const victim = await createUser("REVIEWER", { password: PASSWORD });
    const attacker = await createUser("REVIEWER", { password: PASSWORD });
    await startTwoFactorEnrolment(await signedIn(victim.email), rid());
    const sealed = (await db().user.findUniqueOrThrow({ where: { id: victim.id } })).totpPendingSecretEnc!;
    const attackerSession = await signedIn(attacker.email);
    await db().user.update({ where: { id: attacker.id }, data: { totpPendingSecretEnc: sealed, totpPendingAt: new Date() } });
    await expect(confirmTwoFactorEnrolment(attackerSession, { code: "123456" }, rid())).rejects.toThrow();
    expect((await db().user.findUniqueOrThrow({ where: { id: attacker.id } })).totpEnabledAt).toBeNull();
  });

  it("lets only an admin reset someone else's factor, never their own through the admin path", async () => {
    const victim = await createUser("REVIEWER", { password: PASSWORD });
    await enrol(victim.email);
    const editor = await createUser("EDITOR", { password: PASSWORD });
    await expect(resetTwoFactorByAdmin(await signedIn(editor.email), { userId: victim.id }, rid())).rejects.toThrow(NotAllowed);
    const reviewer = await enrolledAndSignedIn("REVIEWER");
    await expect(resetTwoFactorByAdmin(reviewer.session, { userId: victim.id }, rid())).rejects.toThrow(NotAllowed);
    const admin = await enrolledAndSignedIn("ADMIN");
    await expect(resetTwoFactorByAdmin(admin.session, { userId: admin.user.id }, rid())).rejects.toThrow(NotAllowed);
    // An admin who has not set up their own factor yet can do nothing at all.
    const newAdmin = await createUser("ADMIN", { password: PASSWORD });
    await expect(resetTwoFactorByAdmin(await signedIn(newAdmin.email), { userId: victim.id }, rid())).rejects.toThrow(NotAllowed);
    expect((await db().user.findUniqueOrThrow({ where: { id: victim.id } })).totpEnabledAt).not.toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.user.id } })).totpEnabledAt).not.toBeNull();
  });

  it("an admin's reset needs re-authentication, clears the factor and recovery codes, ends the person's sessions, audits it, and enrolment is required again", async () => {
    const victim = await createUser("REVIEWER", { password: PASSWORD });
    const { recoveryCodes } = await enrol(victim.email);
    const victimSession = await signedIn(victim.email, recoveryCodes[0]);
    const admin = await enrolledAndSignedIn("ADMIN");
    await expect(resetTwoFactorByAdmin(admin.session, { userId: victim.id }, rid(), new Date(Date.now() + 11 * 60_000))).rejects.toThrow(ReauthRequired);
    await resetTwoFactorByAdmin(admin.session, { userId: victim.id }, rid());
    const row = await db().user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(row.totpEnabledAt).toBeNull();
    expect(row.totpSecretEnc).toBeNull();
    expect(await db().recoveryCode.count({ where: { userId: victim.id } })).toBe(0);
    expect(await sessionForClaims({ id: victim.id, sid: victimSession.sessionId, role: "REVIEWER", sessionVersion: 2 })).toBeNull();
    expect(await actions(victim.id)).toContain("two-factor.reset-by-admin");
    expect((await signedIn(victim.email)).actor.mustEnrolSecondFactor).toBe(true);
  });
});

describe("signing in with a second factor", () => {
  it("asks for a code after the right password, and takes each code only once", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const enrolledAt = new Date();
    const { secret } = await enrol(reviewer.email, enrolledAt);
    await expect(signInClaims(reviewer.email, PASSWORD)).rejects.toThrow(SECOND_FACTOR_REQUIRED);

    const later = new Date(enrolledAt.getTime() + 60_000);
    const code = codeAt(secret, later);
    const claims = await signInClaims(reviewer.email, PASSWORD, code, later);
    expect(await sessionForClaims(claims, later)).toMatchObject({ actor: { id: reviewer.id }, hasSecondFactor: true });
    // The same code again, and the code of the step before it, are refused and audited.
    await expect(signInClaims(reviewer.email, PASSWORD, code, later)).rejects.toThrow(SECOND_FACTOR_INVALID);
    await expect(signInClaims(reviewer.email, PASSWORD, totpCodeAt(secret, timeStepAt(later) - 1), later)).rejects.toThrow(SECOND_FACTOR_INVALID);
    expect((await actions(reviewer.id)).filter((a) => a === "auth.second-factor-failed")).toHaveLength(2);
    // The next step's code works.
    const next = new Date(later.getTime() + 30_000);
    await expect(signInClaims(reviewer.email, PASSWORD, codeAt(secret, next), next)).resolves.toMatchObject({ id: reviewer.id });
  });

  it("refuses a code with the wrong password, without saying which was wrong", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const { secret } = await enrol(reviewer.email);
    await expect(signInClaims(reviewer.email, "wrong password", codeAt(secret, new Date(Date.now() + 30_000)))).rejects.toThrow("sign-in refused");
  });

  it("takes each recovery code once, and audits its use with the codes left", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const { recoveryCodes } = await enrol(reviewer.email);
    const [first, second] = recoveryCodes;
    await expect(signInClaims(reviewer.email, PASSWORD, first!.toLowerCase())).resolves.toMatchObject({ id: reviewer.id });
    await expect(signInClaims(reviewer.email, PASSWORD, first)).rejects.toThrow(SECOND_FACTOR_INVALID);
    await expect(signInClaims(reviewer.email, PASSWORD, second)).resolves.toMatchObject({ id: reviewer.id });
    const used = await db().auditEvent.findMany({ where: { targetId: reviewer.id, action: "auth.recovery-code-used" }, orderBy: { at: "asc" } });
    expect(used.map((e) => (e.details as { recoveryCodesLeft: number }).recoveryCodesLeft)).toEqual([9, 8]);
  });

  it("refuses another person's recovery code", async () => {
    const a = await createUser("REVIEWER", { password: PASSWORD });
    const b = await createUser("REVIEWER", { password: PASSWORD });
    const { recoveryCodes } = await enrol(a.email);
    await enrol(b.email);
    await expect(signInClaims(b.email, PASSWORD, recoveryCodes[0])).rejects.toThrow(SECOND_FACTOR_INVALID);
    expect(await db().recoveryCode.count({ where: { userId: a.id, usedAt: null } })).toBe(10);
  });

  it("regenerates recovery codes after re-authentication: the old set stops working", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const { recoveryCodes: old } = await enrol(reviewer.email);
    const session = await signedIn(reviewer.email, old[0]);
    await expect(regenerateRecoveryCodes(session, rid(), new Date(Date.now() + 11 * 60_000))).rejects.toThrow(ReauthRequired);
    const { recoveryCodes } = await regenerateRecoveryCodes(session, rid());
    await expect(signInClaims(reviewer.email, PASSWORD, old[1])).rejects.toThrow(SECOND_FACTOR_INVALID);
    await expect(signInClaims(reviewer.email, PASSWORD, recoveryCodes[0])).resolves.toMatchObject({ id: reviewer.id });
    expect(await actions(reviewer.id)).toContain("two-factor.recovery-codes-regenerated");
  });

  it("regenerating recovery codes signs out every other session of the person, and keeps the one asking", async () => {
    const reviewer = await createUser("REVIEWER", { password: PASSWORD });
    const { recoveryCodes: old, secret } = await enrol(reviewer.email);
    // Someone else signed in with a code they saw; the owner, on another device, asks for new codes.
    const elsewhereClaims = await signInClaims(reviewer.email, PASSWORD, old[3]);
    expect(await sessionForClaims(elsewhereClaims)).not.toBeNull();
    const mine = await signedIn(reviewer.email, codeAt(secret, new Date(Date.now() + 31_000)), new Date(Date.now() + 31_000));
    await regenerateRecoveryCodes(mine, rid(), new Date(Date.now() + 32_000));
    expect(await sessionForClaims(elsewhereClaims)).toBeNull();
    expect(await db().userSession.findUniqueOrThrow({ where: { id: elsewhereClaims.sid as string } })).toMatchObject({ endReason: "factor-changed" });
    expect(await db().userSession.findUniqueOrThrow({ where: { id: mine.sessionId } })).toMatchObject({ endedAt: null });
  });

  it("a person's own reset needs re-authentication, then ends their sessions", async () => {
    const partner = await createUser("PARTNER", { password: PASSWORD });
    const { recoveryCodes } = await enrol(partner.email);
    const session = await signedIn(partner.email, recoveryCodes[0]);
    await expect(resetOwnTwoFactor(session, rid(), new Date(Date.now() + 11 * 60_000))).rejects.toThrow(ReauthRequired);
    await resetOwnTwoFactor(session, rid());
    expect(await sessionForClaims({ id: partner.id, sid: session.sessionId, role: "PARTNER", sessionVersion: 2 })).toBeNull();
    expect(await actions(partner.id)).toContain("two-factor.reset");
    // A partner's factor is optional: signing in with the password alone works again.
    expect((await signedIn(partner.email)).actor.mustEnrolSecondFactor).toBeUndefined();
  });
});
