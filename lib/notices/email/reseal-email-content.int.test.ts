import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { keyProviderFromKeys } from "@/lib/crypto/env-key-provider";
import { rotateMasterKey } from "@/lib/keys/rotate-master-key";
import { restoreMasterKeys, useMasterKeys } from "@/tests/support/master-keys";
import { smtpTestServerForFile } from "@/tests/support/smtp-test-server";
import { rid } from "@/tests/support/factories";
import { queueEmail } from "../queue-email";
import { emailContentContext, openEmailContent } from "../email-content-box";
import { sendDueEmails } from "./send-queued-emails";

const smtp = smtpTestServerForFile({ beforeAll, afterAll });

describe("queued emails across a master key rotation", () => {
  afterEach(() => restoreMasterKeys());

  it("re-seals a waiting message under the new key, and it is still sent in full once the old key is gone", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    useMasterKeys(oldKey);
    await queueEmail(db(), { kind: "invitation", to: "new.editor@example.org", subject: "You are invited to Countervoice", content: { text: "Accept at http://localhost:3000/invite/tok-123" } });
    useMasterKeys(newKey, oldKey);
    await rotateMasterKey(db(), { requestId: rid() });

    const row = await db().outboundEmail.findFirstOrThrow();
    expect(() => keyProviderFromKeys(oldKey).unwrap(row.contentEnc!, null, emailContentContext(row.id))).toThrow();
    useMasterKeys(newKey);
    expect(openEmailContent(row.id, row.contentEnc!).text).toContain("/invite/tok-123");
    expect(await sendDueEmails()).toMatchObject({ sent: 1 });
    expect(smtp().received.at(-1)?.text).toContain("/invite/tok-123");
  });
});
