import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, rid } from "@/tests/support/factories";
import { smtpTestServerForFile } from "@/tests/support/smtp-test-server";
import { queueEmail } from "../queue-email";
import { listEmailQueue, retryDeadEmails } from "./email-queue";
import { sendDueEmails } from "./send-queued-emails";

const smtp = smtpTestServerForFile({ beforeAll, afterAll });

describe("the admin's email queue", () => {
  it("lists dead letters without their content, and a retry sends them", async () => {
    const admin = await createUser("ADMIN");
    await queueEmail(db(), { kind: "takedown", to: "desk@partner.example", subject: "Take-down request: 1 item", content: { text: "Remove ref ABCD-1234 by Friday." } });
    smtp().refuseNext(1, 554);
    expect(await sendDueEmails()).toMatchObject({ dead: 1 });

    const queue = await listEmailQueue(admin);
    expect(queue.counts).toEqual({ pending: 0, sent: 0, dead: 1 });
    expect(queue.dead[0]).toMatchObject({ kind: "takedown", toAddress: "desk@partner.example", lastError: expect.stringContaining("554") });
    expect(JSON.stringify(queue)).not.toContain("ABCD-1234");

    expect(await retryDeadEmails(admin, { emailId: queue.dead[0]!.id }, rid())).toBe(1);
    await expect(retryDeadEmails(admin, { emailId: queue.dead[0]!.id }, rid())).rejects.toThrow(/not in the dead-letter list/);
    expect(await sendDueEmails()).toMatchObject({ sent: 1 });
    expect(smtp().received.at(-1)?.text).toContain("ABCD-1234");
    expect((await listEmailQueue(admin)).counts).toEqual({ pending: 0, sent: 1, dead: 0 });
    expect(await db().auditEvent.count({ where: { action: "email.retried" } })).toBe(1);
  });

  it("is for admins only, and refuses malformed retries", async () => {
    const editor = await createUser("EDITOR");
    const admin = await createUser("ADMIN");
    await expect(listEmailQueue(editor)).rejects.toThrow(/not allowed/);
    await expect(retryDeadEmails(editor, { all: "dead" }, rid())).rejects.toThrow(/not allowed/);
    await expect(retryDeadEmails(admin, { all: "everything" }, rid())).rejects.toThrow();
    expect(await db().auditEvent.count({ where: { action: "email.retried" } })).toBe(0);
  });
});
