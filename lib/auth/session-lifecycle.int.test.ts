// Session lifetimes and re-authentication against real PostgreSQL: the idle and
// absolute limits, sign-out, and the proof a sensitive step asks for.
import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { sessionForClaims } from "./session-user";
import { reauthenticate } from "./reauthenticate";
import { authenticate } from "./authenticate";
import { reauthIsRecent } from "./recent-reauth";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "./two-factor/enrol-two-factor";
import { openTotpSecret } from "./two-factor/totp-secret-box";
import { timeStepAt, totpCodeAt } from "./two-factor/totp";
import { createUser, rid } from "@/tests/support/factories";
import { signInClaims } from "@/tests/support/sign-in";

const PASSWORD = "correct horse battery";
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);
const auditActions = async (userId: string) => (await db().auditEvent.findMany({ where: { targetId: userId } })).map((e) => e.action);

describe("session lifetimes", () => {
  it("signs a staff member out after 30 minutes without a request, records why, and counts each request as activity", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const start = new Date();
    const claims = await signInClaims(editor.email, PASSWORD, undefined, start);
    expect(await sessionForClaims(claims, minutes(start, 29))).not.toBeNull();
    // The request at 29 minutes was activity: 30 minutes after sign-in it still stands.
    expect(await sessionForClaims(claims, minutes(start, 58))).not.toBeNull();
    expect(await sessionForClaims(claims, minutes(start, 88))).toBeNull();
    const row = await db().userSession.findUniqueOrThrow({ where: { id: claims.sid } });
    expect(row.endReason).toBe("idle");
    expect(await auditActions(editor.id)).toContain("auth.session-expired");
    // Ended is ended: a later request does not bring it back.
    expect(await sessionForClaims(claims, minutes(start, 89))).toBeNull();
  });

  it("ends a staff session 12 hours after sign-in however active, a partner's after 8 hours without an idle limit", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const partner = await createUser("PARTNER", { password: PASSWORD });
    const start = new Date();
    const staff = await signInClaims(editor.email, PASSWORD, undefined, start);
    const guest = await signInClaims(partner.email, PASSWORD, undefined, start);
    await db().userSession.update({ where: { id: staff.sid }, data: { lastSeenAt: minutes(start, 12 * 60 - 5) } });
    expect(await sessionForClaims(staff, minutes(start, 12 * 60 - 1))).not.toBeNull();
    expect(await sessionForClaims(staff, minutes(start, 12 * 60))).toBeNull();
    expect(await sessionForClaims(guest, minutes(start, 7 * 60))).not.toBeNull();
    expect(await sessionForClaims(guest, minutes(start, 8 * 60))).toBeNull();
    expect((await db().userSession.findUniqueOrThrow({ where: { id: guest.sid } })).endReason).toBe("expired");
  });

  it("ends the session on the server at sign-out, so a copy of the cookie is worthless", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const claims = await signInClaims(editor.email, PASSWORD);
    const other = await signInClaims(editor.email, PASSWORD);
    await authOptions().events!.signOut!({ token: { uid: editor.id, sid: claims.sid } as JWT, session: null as never });
    expect(await sessionForClaims(claims)).toBeNull();
    expect((await db().userSession.findUniqueOrThrow({ where: { id: claims.sid } })).endReason).toBe("sign-out");
    expect(await auditActions(editor.id)).toContain("auth.sign-out");
    // Only that browser's session: the person's other session goes on.
    expect(await sessionForClaims(other)).not.toBeNull();
  });

  it("refuses a cookie naming another person's session", async () => {
    const a = await createUser("EDITOR", { password: PASSWORD });
    const b = await createUser("EDITOR", { password: PASSWORD });
    const claimsA = await signInClaims(a.email, PASSWORD);
    const claimsB = await signInClaims(b.email, PASSWORD);
    expect(await sessionForClaims({ ...claimsA, sid: claimsB.sid })).toBeNull();
  });
});

describe("re-authentication", () => {
  it("asks a person without a factor for the password only; a wrong one is refused and audited", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const start = new Date();
    const claims = await signInClaims(editor.email, PASSWORD, undefined, start);
    const later = minutes(start, 20);
    const session = (await sessionForClaims(claims, later))!;
    expect(reauthIsRecent(session.reauthAt, later)).toBe(false);
    await expect(reauthenticate(session, { password: "wrong" }, rid(), later)).rejects.toThrow("password is not right");
    expect(await auditActions(editor.id)).toContain("auth.reauth-failed");
    await reauthenticate(session, { password: PASSWORD }, rid(), later);
    const fresh = (await sessionForClaims(claims, minutes(later, 1)))!;
    expect(reauthIsRecent(fresh.reauthAt, minutes(later, 10))).toBe(true);
    expect(reauthIsRecent(fresh.reauthAt, minutes(later, 11))).toBe(false);
    expect(await auditActions(editor.id)).toContain("auth.reauthenticated");
  });

  it("slows wrong passwords with the sign-in delays, and a stranger's guesses at the sign-in form do not slow it", async () => {
    const editor = await createUser("EDITOR", { password: PASSWORD });
    const start = new Date();
    const claims = await signInClaims(editor.email, PASSWORD, undefined, start);
    const later = minutes(start, 20);
    const session = (await sessionForClaims(claims, later))!;
    // A stranger at the sign-in form has the account waiting…
    for (let i = 0; i < 8; i++) await authenticate({ email: editor.email, password: `guess ${i}` }, rid(), { clientAddress: "203.0.113.7", now: later }).catch(() => null);
    // …but re-authentication inside the owner's session counts on its own.
    for (let i = 0; i < 5; i++) await expect(reauthenticate(session, { password: `typo ${i}` }, rid(), later)).rejects.toThrow("password is not right");
    await expect(reauthenticate(session, { password: PASSWORD }, rid(), later)).rejects.toThrow("Too many attempts. Try again in 1 second.");
    await reauthenticate(session, { password: PASSWORD }, rid(), new Date(later.getTime() + 1000));
    expect(await auditActions(editor.id)).toContain("auth.reauthenticated");
  });

  it("asks a person with a factor for a current code too, which is then spent", async () => {
    const admin = await createUser("ADMIN", { password: PASSWORD });
    const start = new Date();
    const pending = (await sessionForClaims(await signInClaims(admin.email, PASSWORD, undefined, start), start))!;
    await startTwoFactorEnrolment(pending, rid(), start);
    const secret = openTotpSecret(admin.id, (await db().user.findUniqueOrThrow({ where: { id: admin.id } })).totpPendingSecretEnc!);
    const { recoveryCodes } = await confirmTwoFactorEnrolment(pending, { code: totpCodeAt(secret, timeStepAt(start)) }, rid(), start);
    const claims = await signInClaims(admin.email, PASSWORD, recoveryCodes[0], start);

    const later = minutes(start, 20);
    const session = (await sessionForClaims(claims, later))!;
    await expect(reauthenticate(session, { password: PASSWORD }, rid(), later)).rejects.toThrow("Enter the code");
    const code = totpCodeAt(secret, timeStepAt(later));
    await reauthenticate(session, { password: PASSWORD, code }, rid(), later);
    expect(reauthIsRecent((await sessionForClaims(claims, later))!.reauthAt, later)).toBe(true);
    // The same code cannot prove it again.
    await expect(reauthenticate(session, { password: PASSWORD, code }, rid(), minutes(later, 0.2))).rejects.toThrow("already been used");
    expect(await auditActions(admin.id)).toContain("auth.second-factor-failed");
  });
});
