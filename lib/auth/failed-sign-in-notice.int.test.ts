// The owner hears of repeated failed sign-ins by email: after five since their latest
// sign-in, at most once an hour, unless they switched it off; a stranger's guesses at an
// address without an account are answered the same and send nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, rid } from "@/tests/support/factories";
import { readQueuedEmails } from "@/tests/support/email-on";
import { smtpTestServerForFile } from "@/tests/support/smtp-test-server";
import { saveNoticePreferences } from "@/lib/notices/notice-preferences";
import { queueEmail } from "@/lib/notices/queue-email";
import { authenticate } from "./authenticate";
import { FAILURES_BEFORE_NOTICE, failedSignInChecksSettled, noticeFailedSignInsIfDue } from "./failed-sign-in-notice";

const PASSWORD = "correct horse battery";
const WRONG = "tried-this-secret-guess";
const MINUTE = 60_000;
const start = new Date("2026-11-30T09:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

/** A wrong password from a documentation network, `minutes` after the start (past any delay). */
const guess = (email: string, minutes: number) => authenticate({ email, password: WRONG }, rid(), { clientAddress: "203.0.113.7", now: at(minutes) });

/** Lets the checks that run after each answer finish. */
const settled = failedSignInChecksSettled;

smtpTestServerForFile({ beforeAll, afterAll });

describe("failed sign-in notices", () => {
  it("tells the owner after the fifth failure, with the count and network and never the password tried", async () => {
    const owner = await createUser("EDITOR", { password: PASSWORD });
    for (let i = 0; i < FAILURES_BEFORE_NOTICE - 1; i++) await guess(owner.email, i);
    await settled();
    expect(await readQueuedEmails({ kind: "failed-sign-ins" })).toEqual([]);
    await guess(owner.email, 10);
    await settled();
    const mails = await readQueuedEmails({ kind: "failed-sign-ins" });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe(owner.email);
    expect(mails[0]!.userId).toBe(owner.id);
    expect(mails[0]!.text).toContain("5 failed attempts");
    expect(mails[0]!.text).toContain("203.0.113.x");
    expect(mails[0]!.text).not.toContain("203.0.113.7");
    expect(mails[0]!.text).not.toContain(WRONG);
    expect(mails[0]!.subject).not.toContain(WRONG);
  });

  it("sends at most one an hour however many failures follow", async () => {
    const owner = await createUser("PARTNER", { password: PASSWORD });
    for (let i = 0; i < FAILURES_BEFORE_NOTICE; i++) await guess(owner.email, i);
    await settled();
    expect(await noticeFailedSignInsIfDue(owner.email, rid(), new Date())).toBe(false);
    const noticeAt = (await db().user.findUniqueOrThrow({ where: { id: owner.id } })).failedSignInNoticeAt!;
    expect(await noticeFailedSignInsIfDue(owner.email, rid(), new Date(noticeAt.getTime() + 59 * MINUTE))).toBe(false);
    expect(await readQueuedEmails({ kind: "failed-sign-ins" })).toHaveLength(1);
    expect(await noticeFailedSignInsIfDue(owner.email, rid(), new Date(noticeAt.getTime() + 61 * MINUTE))).toBe(true);
    expect(await readQueuedEmails({ kind: "failed-sign-ins" })).toHaveLength(2);
  });

  it("counts only failures since the owner's latest sign-in", async () => {
    const owner = await createUser("PARTNER", { password: PASSWORD });
    for (let i = 0; i < FAILURES_BEFORE_NOTICE - 1; i++) await guess(owner.email, i);
    expect(await authenticate({ email: owner.email, password: PASSWORD }, rid(), { clientAddress: "203.0.113.7", now: at(5) })).not.toBeNull();
    await guess(owner.email, 6);
    await settled();
    expect(await noticeFailedSignInsIfDue(owner.email, rid())).toBe(false);
    expect(await readQueuedEmails()).toEqual([]);
  });

  it("sends nothing to an owner who switched these notices off", async () => {
    const owner = await createUser("REVIEWER", { password: PASSWORD });
    await saveNoticePreferences(owner, { receive: ["review-request", "consent-digest"] }, rid());
    for (let i = 0; i < FAILURES_BEFORE_NOTICE + 1; i++) await guess(owner.email, i);
    await settled();
    expect(await readQueuedEmails()).toEqual([]);
  });

  it("answers guesses at an address without an account the same, and sends nothing", async () => {
    const answers = [];
    for (let i = 0; i < FAILURES_BEFORE_NOTICE + 1; i++) answers.push(await guess("nobody@test.example", i));
    await settled();
    expect(answers.every((a) => a === null)).toBe(true);
    expect(await db().outboundEmail.count()).toBe(0);
  });
});

describe("notice preferences", () => {
  it("keeps what queueEmail sends to what the person chose, for optional kinds only", async () => {
    const editor = await createUser("EDITOR");
    await saveNoticePreferences(editor, { receive: ["failed-sign-ins"] }, rid());
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).emailOptOuts).toEqual(["consent-digest", "review-request"]);
    const send = (kind: "review-request" | "failed-sign-ins" | "password-reset") => queueEmail(db(), { kind, to: editor.email, userId: editor.id, subject: "s", content: { text: "t" } });
    expect(await send("review-request")).toBe("opted-out");
    expect(await send("failed-sign-ins")).toBe("queued");
    // Account recovery always goes.
    await saveNoticePreferences(editor, { receive: [] }, rid());
    expect(await send("failed-sign-ins")).toBe("opted-out");
    expect(await send("password-reset")).toBe("queued");
    const audit = await db().auditEvent.findMany({ where: { action: "account.notice-preferences-changed", targetId: editor.id } });
    expect(audit).toHaveLength(2);
  });

  it("offers a partner only failed sign-in notices, and keeps choices about other kinds", async () => {
    const partner = await createUser("PARTNER");
    await db().user.update({ where: { id: partner.id }, data: { emailOptOuts: ["review-request"] } });
    await saveNoticePreferences(partner, { receive: ["consent-digest"] }, rid());
    expect((await db().user.findUniqueOrThrow({ where: { id: partner.id } })).emailOptOuts).toEqual(["failed-sign-ins", "review-request"]);
  });

  it("refuses a kind that is not optional, changing nothing", async () => {
    const editor = await createUser("EDITOR");
    await expect(saveNoticePreferences(editor, { receive: ["takedown"] }, rid())).rejects.toThrow(/correct/);
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).emailOptOuts).toEqual([]);
  });
});
