// "Forgot your password?" end to end in the domain, against real PostgreSQL: the request
// says the same for every address, the job makes a 30-minute single-use link only for an
// active account, privileged roles need their second factor, and a reset ends every session.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const queued = vi.hoisted(() => ({ jobs: [] as { name: string; data: Record<string, unknown> }[] }));
vi.mock("@/lib/jobs/job-queue", () => ({
  defineJob: () => undefined,
  hasJob: () => false,
  enqueue: async (name: string, data: Record<string, unknown>) => void queued.jobs.push({ name, data }),
}));

const { db } = await import("@/lib/db/client");
const { createSource, createUser, rid } = await import("@/tests/support/factories");
const { readQueuedEmails, withEmailOff } = await import("@/tests/support/email-on");
const { smtpTestServerForFile } = await import("@/tests/support/smtp-test-server");
const { sendDueEmails } = await import("@/lib/notices/email/send-queued-emails");
const { verifyPassword } = await import("@/lib/auth/password");
const { startUserSession } = await import("@/lib/auth/user-sessions");
const { sealTotpSecret } = await import("@/lib/auth/two-factor/totp-secret-box");
const { newTotpSecret, timeStepAt, totpCodeAt } = await import("@/lib/auth/two-factor/totp");
const { hashRecoveryCode } = await import("@/lib/auth/two-factor/recovery-codes");
const { requestPasswordReset, resetByEmailOff, resetRequestedMessage } = await import("./request-password-reset");
const RESET_BY_EMAIL_OFF = resetByEmailOff();
const RESET_REQUESTED_MESSAGE = resetRequestedMessage();
const { createPasswordResetLink } = await import("./create-password-reset-link");
const { findPasswordResetLink, resetLinkInvalid, askAnAdmin } = await import("./find-password-reset-link");
const RESET_LINK_INVALID = resetLinkInvalid();
const ASK_AN_ADMIN = askAnAdmin();
const { resetPassword } = await import("./reset-password");
const { PASSWORD_RESET_JOB } = await import("./password-reset-job");

const OLD_PASSWORD = "correct horse battery";
const NEW_PASSWORD = "violet tractor sings at dawn";
const ADDRESS = "203.0.113.7";
const MINUTE = 60_000;

/** Runs what the request queued, as the job worker would. */
async function runQueuedJobs(now?: Date) {
  for (const job of queued.jobs.splice(0)) {
    expect(job.name).toBe(PASSWORD_RESET_JOB);
    await createPasswordResetLink(job.data.email as string, job.data.requestId as string, now);
  }
}

/** The token in the newest reset email to `email`. */
async function tokenMailedTo(email: string): Promise<string> {
  const mails = await readQueuedEmails({ kind: "password-reset", toAddress: email });
  const match = /\/reset\/([\w-]+)/.exec(mails.at(-1)?.text ?? "");
  if (!match) throw new Error("no reset link mailed");
  return match[1]!;
}

async function requestAndMail(email: string, now = new Date()) {
  await requestPasswordReset({ email }, ADDRESS, rid(), now);
  await runQueuedJobs(now);
  return tokenMailedTo(email);
}

const reset = (token: string, now = new Date(), code?: string) => resetPassword({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD, code }, ADDRESS, rid(), now);

const smtp = smtpTestServerForFile({ beforeAll, afterAll });

beforeEach(() => {
  queued.jobs.length = 0;
  smtp().received.length = 0;
});

describe("asking for a reset link", () => {
  it("answers an unknown address exactly as a known one, and sends nothing to it", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const known = await requestPasswordReset({ email: partner.email }, ADDRESS, rid());
    const unknown = await requestPasswordReset({ email: "nobody@test.example" }, ADDRESS, rid());
    expect(unknown).toBe(known);
    expect(known).toBe(RESET_REQUESTED_MESSAGE);
    // Both took the same path: one job each, nothing looked up before answering.
    expect(queued.jobs.map((j) => j.data.email)).toEqual([partner.email, "nobody@test.example"]);
    await runQueuedJobs();
    expect((await readQueuedEmails()).map((m) => m.toAddress)).toEqual([partner.email]);
    expect(await db().accessLink.count({ where: { email: "nobody@test.example" } })).toBe(0);
  });

  it("makes no link for a disabled account or one without a password", async () => {
    const disabled = await createUser("PARTNER", { password: OLD_PASSWORD, status: "DISABLED" });
    const noPassword = await createUser("PARTNER");
    await requestPasswordReset({ email: disabled.email }, ADDRESS, rid());
    await requestPasswordReset({ email: noPassword.email }, ADDRESS, rid());
    await runQueuedJobs();
    expect(await readQueuedEmails()).toEqual([]);
    expect(await db().accessLink.count()).toBe(0);
  });

  it("mails a link to the configured public address, with no token stored in clear", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const token = await requestAndMail(partner.email);
    const [mail] = await readQueuedEmails();
    expect(mail!.text).toContain(`http://localhost:3000/reset/${token}`);
    expect(mail!.text).toContain("30 minutes");
    expect(mail!.userId).toBe(partner.id);
    const link = await db().accessLink.findFirstOrThrow({ where: { userId: partner.id } });
    expect(link.purpose).toBe("PASSWORD_RESET");
    expect(link.tokenHash).not.toContain(token);
  });

  it("stops queueing after three requests for one address in a window, answering the same", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const now = new Date("2026-11-30T10:01:00Z");
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestPasswordReset({ email: partner.email }, `198.51.100.${i}`, rid(), now));
    expect(new Set(answers)).toEqual(new Set([RESET_REQUESTED_MESSAGE]));
    expect(queued.jobs).toHaveLength(3);
    // The next window starts afresh.
    await requestPasswordReset({ email: partner.email }, ADDRESS, rid(), new Date(now.getTime() + 15 * MINUTE));
    expect(queued.jobs).toHaveLength(4);
  });

  it("stops queueing after twenty requests from one client address, whatever the emails", async () => {
    const now = new Date("2026-11-30T11:01:00Z");
    for (let i = 0; i < 22; i++) expect(await requestPasswordReset({ email: `someone-${i}@test.example` }, ADDRESS, rid(), now)).toBe(RESET_REQUESTED_MESSAGE);
    expect(queued.jobs).toHaveLength(20);
  });

  it("says reset by email is not available when email is off, and queues nothing", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    await withEmailOff(async () => {
      expect(await requestPasswordReset({ email: partner.email }, ADDRESS, rid())).toBe(RESET_BY_EMAIL_OFF);
      expect(queued.jobs).toEqual([]);
      await createPasswordResetLink(partner.email, rid());
    });
    expect(await db().accessLink.count()).toBe(0);
  });

  it("reaches a real mail server with the link, and nothing of the account but its address", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const token = await requestAndMail(partner.email);
    expect(await sendDueEmails()).toMatchObject({ sent: 1 });
    const [mail] = smtp().received;
    expect(mail!.subject).toBe("Reset your Countervoice password");
    expect(mail!.text).toContain(`/reset/${token}`);
    expect(mail!.text).not.toContain(partner.name);
    expect(mail!.headers.get("x-countervoice-notice")).toBe("password-reset");
  });
});

describe("using a reset link", () => {
  it("works for 30 minutes and no longer", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const issued = new Date();
    const token = await requestAndMail(partner.email, issued);
    expect(await findPasswordResetLink(token, new Date(issued.getTime() + 29 * MINUTE))).toMatchObject({ valid: true, secondFactor: "none" });
    const late = new Date(issued.getTime() + 30 * MINUTE + 1000);
    expect(await findPasswordResetLink(token, late)).toEqual({ valid: false });
    await expect(reset(token, late)).rejects.toThrow(RESET_LINK_INVALID);
    expect(await verifyPassword((await db().user.findUniqueOrThrow({ where: { id: partner.id } })).passwordHash, OLD_PASSWORD)).toBe(true);
  });

  it("works once, and a newer link replaces an older one", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const first = await requestAndMail(partner.email);
    const second = await requestAndMail(partner.email);
    expect(second).not.toBe(first);
    await expect(reset(first)).rejects.toThrow(RESET_LINK_INVALID);
    await reset(second);
    await expect(reset(second)).rejects.toThrow(RESET_LINK_INVALID);
    const user = await db().user.findUniqueOrThrow({ where: { id: partner.id } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
    const actions = (await db().auditEvent.findMany({ where: { targetId: partner.id }, orderBy: { sequence: "asc" } })).map((e) => e.action);
    expect(actions.filter((a) => a === "auth.password-reset")).toHaveLength(1);
  });

  it("refuses a made-up token with the same words as a used one", async () => {
    expect(await findPasswordResetLink("x".repeat(43))).toEqual({ valid: false });
    await expect(reset("x".repeat(43))).rejects.toThrow(RESET_LINK_INVALID);
  });

  it("refuses a password that is easy to guess, leaving the link usable", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const token = await requestAndMail(partner.email);
    await expect(resetPassword({ token, password: "passwordpassword", confirm: "passwordpassword" }, ADDRESS, rid())).rejects.toThrow(/another password/);
    await reset(token);
  });

  it("ends every session and raises the session version", async () => {
    const partner = await createUser("PARTNER", { password: OLD_PASSWORD });
    const before = await db().user.findUniqueOrThrow({ where: { id: partner.id } });
    const sessions = await db().$transaction(async (tx) => [
      await startUserSession(tx, { id: partner.id, role: "PARTNER" }, { secondFactor: false, now: new Date() }),
      await startUserSession(tx, { id: partner.id, role: "PARTNER" }, { secondFactor: false, now: new Date() }),
    ]);
    await reset(await requestAndMail(partner.email));
    const after = await db().user.findUniqueOrThrow({ where: { id: partner.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const rows = await db().userSession.findMany({ where: { id: { in: sessions } } });
    expect(rows.map((r) => r.endReason)).toEqual(["password-reset", "password-reset"]);
    expect(rows.every((r) => r.endedAt)).toBe(true);
  });
});

describe("second factor at reset", () => {
  async function enrolled(role: "ADMIN" | "PARTNER") {
    const user = await createUser(role, { password: OLD_PASSWORD });
    const secret = newTotpSecret();
    const recovery = "ABCD-EFGH-JKLM-NPQR";
    await db().user.update({ where: { id: user.id }, data: { totpSecretEnc: sealTotpSecret(user.id, secret), totpEnabledAt: new Date() } });
    await db().recoveryCode.create({ data: { userId: user.id, codeHash: hashRecoveryCode(recovery)! } });
    return { user, secret, recovery };
  }

  it("tells an admin without a second factor to ask an admin, and changes nothing", async () => {
    const admin = await createUser("ADMIN", { password: OLD_PASSWORD });
    const token = await requestAndMail(admin.email);
    expect(await findPasswordResetLink(token)).toMatchObject({ valid: true, secondFactor: "ask-admin" });
    await expect(reset(token)).rejects.toThrow(ASK_AN_ADMIN);
    expect(await verifyPassword((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash, OLD_PASSWORD)).toBe(true);
  });

  it("holds an editor of a high-risk source to the same rule, but not an editor of low-risk ones", async () => {
    const highRisk = await createUser("EDITOR", { password: OLD_PASSWORD });
    await createSource({ editor: highRisk, riskLevel: "HIGH" });
    const lowRisk = await createUser("EDITOR", { password: OLD_PASSWORD });
    await createSource({ editor: lowRisk, riskLevel: "LOW" });
    expect(await findPasswordResetLink(await requestAndMail(highRisk.email))).toMatchObject({ secondFactor: "ask-admin" });
    expect(await findPasswordResetLink(await requestAndMail(lowRisk.email))).toMatchObject({ secondFactor: "none" });
  });

  it("asks an enrolled admin for a code: none or a wrong one is refused, the right one resets", async () => {
    const { user, secret } = await enrolled("ADMIN");
    const token = await requestAndMail(user.email);
    expect(await findPasswordResetLink(token)).toMatchObject({ valid: true, secondFactor: "code" });
    await expect(reset(token)).rejects.toThrow(/Enter the code/);
    const now = new Date();
    const wrong = totpCodeAt(secret, timeStepAt(now) + 20);
    await expect(reset(token, now, wrong)).rejects.toThrow(/not right/);
    expect((await db().auditEvent.findMany({ where: { targetId: user.id, action: "auth.second-factor-failed" } })).map((e) => (e.details as { at: string }).at)).toEqual(["password-reset"]);
    await reset(token, now, totpCodeAt(secret, timeStepAt(now)));
    expect(await verifyPassword((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, NEW_PASSWORD)).toBe(true);
  });

  it("accepts a recovery code instead, and uses it up", async () => {
    const { user, recovery } = await enrolled("PARTNER");
    await reset(await requestAndMail(user.email), new Date(), recovery);
    expect(await db().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
  });
});
