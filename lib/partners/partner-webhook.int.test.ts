// An admin registers, changes and removes an organisation's endpoint, rotates its secret and
// sets its notice addresses: the secret is shown once and kept only sealed, bad input changes
// nothing, and every change is audited without the secret.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { allowPrivateWebhookAddresses, restoreWebhookSettings } from "@/tests/support/webhook-settings";
import { openWebhookSecret } from "@/lib/notices/webhooks/webhook-secret-box";
import { listWebhookDeliveries } from "@/lib/notices/webhooks/list-webhook-deliveries";
import { removePartnerWebhook, rotatePartnerWebhookSecret, setPartnerContactEmails, setPartnerWebhook } from "./partner-webhook";

afterEach(restoreWebhookSettings);

const publicDns = async () => ["93.184.215.14"];
const rowOf = (id: string) => db().partnerOrganization.findUniqueOrThrow({ where: { id } });

describe("partner webhook registration", () => {
  it("shows the secret once, keeps it sealed, keeps it across a change of address, and rotates it on request", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartnerOrg();
    const { secret } = await setPartnerWebhook(admin, { partnerOrgId: org.id, webhookUrl: "https://hooks.partner.example/cv" }, rid(), publicDns);
    expect(secret).toMatch(/^cvwh_[A-Za-z0-9_-]{43}$/);
    const row = await rowOf(org.id);
    expect(row.webhookUrl).toBe("https://hooks.partner.example/cv");
    expect(row.webhookSecretSetAt).not.toBeNull();
    expect(Buffer.from(row.webhookSecretEnc!).includes(Buffer.from(secret!.slice(5)))).toBe(false);
    expect(openWebhookSecret(org.id, row.webhookSecretEnc!)).toBe(secret);
    // sealed for this organisation only
    const other = await createPartnerOrg();
    expect(() => openWebhookSecret(other.id, row.webhookSecretEnc!)).toThrow();

    // the admin page's data never carries it
    const listing = await listWebhookDeliveries(admin, org.id, 1);
    expect(JSON.stringify(listing)).not.toContain(secret!.slice(5));

    const changed = await setPartnerWebhook(admin, { partnerOrgId: org.id, webhookUrl: "https://hooks.partner.example/v2" }, rid(), publicDns);
    expect(changed.secret).toBeNull();
    expect(openWebhookSecret(org.id, (await rowOf(org.id)).webhookSecretEnc!)).toBe(secret);

    const rotated = await rotatePartnerWebhookSecret(admin, { partnerOrgId: org.id }, rid());
    expect(rotated.secret).not.toBe(secret);
    expect(openWebhookSecret(org.id, (await rowOf(org.id)).webhookSecretEnc!)).toBe(rotated.secret);

    await removePartnerWebhook(admin, { partnerOrgId: org.id }, rid());
    expect(await rowOf(org.id)).toMatchObject({ webhookUrl: null, webhookSecretEnc: null, webhookSecretSetAt: null });
    await expect(rotatePartnerWebhookSecret(admin, { partnerOrgId: org.id }, rid())).rejects.toThrow(/Register an endpoint first/);

    const audit = await db().auditEvent.findMany({ where: { targetId: org.id }, orderBy: { sequence: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["partner.webhook-registered", "partner.webhook-changed", "partner.webhook-secret-rotated", "partner.webhook-removed"]);
    const text = JSON.stringify(audit);
    expect(text).not.toContain(secret!.slice(5));
    expect(text).not.toContain(rotated.secret.slice(5));
  });

  it("refuses http, private addresses and credentials with a message on the field, changing nothing", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartnerOrg();
    for (const [url, message] of [
      ["http://hooks.partner.example/cv", /https:\/\//],
      ["https://127.0.0.1/cv", /public internet/],
      ["https://169.254.169.254/latest", /public internet/],
      ["https://user:pw@hooks.partner.example/", /user name or password/],
    ] as const) {
      const error = await setPartnerWebhook(admin, { partnerOrgId: org.id, webhookUrl: url }, rid(), publicDns).catch((e: unknown) => e);
      expect((error as { fieldErrors?: Record<string, string[]> }).fieldErrors?.webhookUrl?.[0], url).toMatch(message);
    }
    expect(await rowOf(org.id)).toMatchObject({ webhookUrl: null, webhookSecretEnc: null });
    expect(await db().auditEvent.count({ where: { targetId: org.id } })).toBe(0);

    allowPrivateWebhookAddresses(true);
    await setPartnerWebhook(admin, { partnerOrgId: org.id, webhookUrl: "http://127.0.0.1:4010/hook" }, rid());
    expect((await rowOf(org.id)).webhookUrl).toBe("http://127.0.0.1:4010/hook");
  });

  it("only an admin may change it", async () => {
    const org = await createPartnerOrg();
    const editor = await createUser("EDITOR");
    const partner = await createUser("PARTNER", { partnerOrgId: org.id });
    for (const actor of [editor, partner]) {
      await expect(setPartnerWebhook(actor, { partnerOrgId: org.id, webhookUrl: "https://hooks.partner.example/" }, rid(), publicDns)).rejects.toThrow(/not allowed/i);
      await expect(rotatePartnerWebhookSecret(actor, { partnerOrgId: org.id }, rid())).rejects.toThrow(/not allowed/i);
      await expect(setPartnerContactEmails(actor, { partnerOrgId: org.id, contactEmails: "a@b.example" }, rid())).rejects.toThrow(/not allowed/i);
    }
  });
});

describe("notice addresses of an organisation", () => {
  it("keeps valid addresses, lower-cased and once each; refuses a bad one or more than ten, changing nothing", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartnerOrg();
    expect(await setPartnerContactEmails(admin, { partnerOrgId: org.id, contactEmails: "Safety@Partner.example\nnews@partner.example, safety@partner.example" }, rid())).toEqual(["safety@partner.example", "news@partner.example"]);
    expect((await rowOf(org.id)).contactEmails).toEqual(["safety@partner.example", "news@partner.example"]);

    await expect(setPartnerContactEmails(admin, { partnerOrgId: org.id, contactEmails: "ok@partner.example\nnot-an-address" }, rid())).rejects.toThrow(/highlighted/);
    const eleven = Array.from({ length: 11 }, (_, i) => `p${i}@partner.example`).join("\n");
    await expect(setPartnerContactEmails(admin, { partnerOrgId: org.id, contactEmails: eleven }, rid())).rejects.toThrow(/highlighted/);
    expect((await rowOf(org.id)).contactEmails).toEqual(["safety@partner.example", "news@partner.example"]);

    await setPartnerContactEmails(admin, { partnerOrgId: org.id, contactEmails: "  " }, rid());
    expect((await rowOf(org.id)).contactEmails).toEqual([]);
    const audit = await db().auditEvent.findMany({ where: { action: "partner.contacts-changed", targetId: org.id } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain("safety@");
  });
});
