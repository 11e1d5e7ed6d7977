import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { smtpTestServerForFile } from "@/tests/support/smtp-test-server";
import { queueEmail } from "../queue-email";
import { sendDueEmails } from "./send-queued-emails";
import { MAX_EMAIL_ATTEMPTS } from "./retry-schedule";

const smtp = smtpTestServerForFile({ beforeAll, afterAll });
const RESET_LINK = "http://localhost:3000/reset/secret-token-abc";

async function queueOne(to = "reviewer@example.org") {
  return queueEmail(db(), { kind: "password-reset", to, subject: "Reset your Countervoice password", content: { text: `Open ${RESET_LINK} within 30 minutes.` } });
}

const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("sending queued emails through a real SMTP server", () => {
  beforeEach(() => {
    smtp().received.length = 0;
    smtp().refuseNext(0, 451);
  });

  it("sends with the sender, subject, text and notice headers, then drops the sealed content", async () => {
    expect(await queueOne()).toBe("queued");
    const row = await db().outboundEmail.findFirstOrThrow();
    // at rest the link is sealed, not stored in clear
    expect(Buffer.from(row.contentEnc!).toString("latin1")).not.toContain("secret-token-abc");

    expect(await sendDueEmails()).toEqual({ sent: 1, retrying: 0, dead: 0 });
    const [mail] = smtp().received;
    expect(mail?.subject).toBe("Reset your Countervoice password");
    expect(mail?.text).toContain(RESET_LINK);
    expect(mail?.from?.text).toContain("notices@countervoice.test");
    expect(mail?.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail?.headers.get("x-countervoice-notice")).toBe("password-reset");
    const sent = await db().outboundEmail.findFirstOrThrow();
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, contentEnc: null });
    // nothing is sent twice
    expect(await sendDueEmails()).toEqual({ sent: 0, retrying: 0, dead: 0 });
    expect(smtp().received).toHaveLength(1);
  });

  it("retries a message the server refuses for now, with growing waits, until it is accepted", async () => {
    await queueOne();
    smtp().refuseNext(2, 451);
    const t0 = new Date();
    expect(await sendDueEmails(t0)).toEqual({ sent: 0, retrying: 1, dead: 0 });
    let row = await db().outboundEmail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: expect.stringContaining("451") });
    expect(row.nextAttemptAt.getTime()).toBe(minutesAfter(t0, 1).getTime());
    // not due yet: nothing is tried
    expect(await sendDueEmails(minutesAfter(t0, 0.5))).toEqual({ sent: 0, retrying: 0, dead: 0 });

    expect(await sendDueEmails(minutesAfter(t0, 1))).toEqual({ sent: 0, retrying: 1, dead: 0 });
    row = await db().outboundEmail.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime()).toBe(minutesAfter(t0, 6).getTime());

    expect(await sendDueEmails(minutesAfter(t0, 6))).toEqual({ sent: 1, retrying: 0, dead: 0 });
    expect(smtp().refused()).toBeGreaterThanOrEqual(2);
    expect(smtp().received).toHaveLength(1);
    expect(await db().outboundEmail.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 3 });
  });

  it("gives up on a message the server refuses for good, and keeps it for an admin to retry", async () => {
    await queueOne("nobody@example.org");
    smtp().refuseNext(1, 550);
    expect(await sendDueEmails()).toEqual({ sent: 0, retrying: 0, dead: 1 });
    const row = await db().outboundEmail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "DEAD", attempts: 1, lastError: expect.stringContaining("550") });
    expect(row.contentEnc).not.toBeNull();
    // the server's own words (which may quote the address) are not kept
    expect(row.lastError).not.toContain("Mailbox");
  });

  it("dead-letters a message after the last retry when the server never answers", async () => {
    await queueOne();
    const dead = { sent: 0, retrying: 0, dead: 0 };
    const refusing = { sendMail: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNECTION" })) };
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      const outcome = await sendDueEmails(now, refusing);
      dead.retrying += outcome.retrying;
      dead.dead += outcome.dead;
      now = minutesAfter(now, 24 * 60);
    }
    expect(dead).toEqual({ sent: 0, retrying: MAX_EMAIL_ATTEMPTS - 1, dead: 1 });
    expect(await db().outboundEmail.findFirstOrThrow()).toMatchObject({ status: "DEAD", attempts: MAX_EMAIL_ATTEMPTS, lastError: "ECONNECTION" });
  });

  it("never sends one message twice when two senders run at once", async () => {
    for (let i = 0; i < 30; i++) await queueOne(`person${i}@example.org`);
    const [a, b] = await Promise.all([sendDueEmails(), sendDueEmails()]);
    expect(a.sent + b.sent).toBe(30);
    expect(smtp().received).toHaveLength(30);
    expect(new Set(smtp().received.map((m) => m.to && !Array.isArray(m.to) ? m.to.text : "")).size).toBe(30);
  });
});
