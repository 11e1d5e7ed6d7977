// Rotation against real PostgreSQL: after it, old ciphertext opens under the new master key
// and the old master key opens nothing; an interrupted run continues; the app reads both
// keys' data while it runs, and the leak guard keeps finding identifiers throughout.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dataKeyContext, sourceCipher } from "@/lib/crypto/source-keys";
import { keyProviderFromKeys } from "@/lib/crypto/env-key-provider";
import { masterKeyIdOf } from "@/lib/crypto/master-key-id";
import { findLeaks } from "@/lib/content/leak-guard";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { restoreMasterKeys, useMasterKeys as useKeys } from "@/tests/support/master-keys";
import { createSourceWithTestimony, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { openTotpSecret, sealTotpSecret, totpSecretContext } from "@/lib/auth/two-factor/totp-secret-box";
import { openWebhookSecret, sealWebhookSecret, webhookSecretContext } from "@/lib/notices/webhooks/webhook-secret-box";
import { countKeysToRotate, rotateMasterKey } from "./rotate-master-key";

afterEach(restoreMasterKeys);

async function transcriptOf(testimonyId: string): Promise<string> {
  const t = await db().testimony.findUniqueOrThrow({ where: { id: testimonyId }, select: { id: true, transcriptEnc: true, source: { select: { id: true, wrappedKey: true, masterKeyId: true } } } });
  return sourceCipher(t.source).openText(`testimony:${t.id}:transcript`, t.transcriptEnc);
}

const leaksIn = async (text: string) => (await findLeaks(db(), [{ field: "body", label: "Body", text }])).length;

describe("master key rotation", () => {
  it("re-wraps every data key: old ciphertext opens under the new key, and the old key opens nothing", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    useKeys(oldKey);
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    await db().user.update({ where: { id: reviewer.id }, data: { totpSecretEnc: sealTotpSecret(reviewer.id, "JBSWY3DPEHPK3PXP"), totpEnabledAt: new Date() } });
    const partner = await createPartnerOrg();
    await db().partnerOrganization.update({ where: { id: partner.id }, data: { webhookUrl: "https://hooks.example.org/cv", webhookSecretEnc: sealWebhookSecret(partner.id, "cvwh_test-secret") } });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createSourceWithTestimony(editor));
    // one written before master key ids were recorded
    await db().source.update({ where: { id: made[0]!.sourceId }, data: { masterKeyId: null } });
    expect(await leaksIn("We met Kareem Haddad in Raqqa.")).toBeGreaterThan(0);

    // every instance now runs with the new key and the previous one
    useKeys(newKey, oldKey);
    for (const { testimonyId } of made) expect(await transcriptOf(testimonyId)).toBe(FIXTURE_TRANSCRIPT);
    expect(await countKeysToRotate(db())).toBe(5);

    // interrupted after two, then run again: it continues
    const first = await rotateMasterKey(db(), { batchSize: 2, requestId: rid(), stopAfter: 2 });
    expect(first).toEqual({ rewrapped: 2, remaining: 3 });
    // mid-rotation the app still reads everything, and the guard still finds the names of both halves
    for (const { testimonyId } of made) expect(await transcriptOf(testimonyId)).toBe(FIXTURE_TRANSCRIPT);
    expect(await leaksIn("We met Kareem Haddad in Raqqa.")).toBeGreaterThan(0);
    const progress: number[] = [];
    const second = await rotateMasterKey(db(), { batchSize: 2, requestId: rid(), onProgress: (p) => progress.push(p.remaining) });
    expect(second).toEqual({ rewrapped: 3, remaining: 0 });
    expect(progress.at(-1)).toBe(0);
    expect(await rotateMasterKey(db(), { requestId: rid() })).toEqual({ rewrapped: 0, remaining: 0 });

    const sources = await db().source.findMany({ select: { id: true, wrappedKey: true, masterKeyId: true } });
    expect(new Set(sources.map((s) => s.masterKeyId))).toEqual(new Set([masterKeyIdOf(newKey)]));

    // the previous key is removed: old ciphertext opens under the new key alone
    useKeys(newKey);
    for (const { testimonyId } of made) expect(await transcriptOf(testimonyId)).toBe(FIXTURE_TRANSCRIPT);
    const factor = (await db().user.findUniqueOrThrow({ where: { id: reviewer.id } })).totpSecretEnc!;
    expect(openTotpSecret(reviewer.id, factor)).toBe("JBSWY3DPEHPK3PXP");
    expect(() => keyProviderFromKeys(oldKey).unwrap(factor, null, totpSecretContext(reviewer.id))).toThrow();
    const webhookSecret = (await db().partnerOrganization.findUniqueOrThrow({ where: { id: partner.id } })).webhookSecretEnc!;
    expect(openWebhookSecret(partner.id, webhookSecret)).toBe("cvwh_test-secret");
    expect(() => keyProviderFromKeys(oldKey).unwrap(webhookSecret, null, webhookSecretContext(partner.id))).toThrow();
    expect(await leaksIn("We met Kareem Haddad in Raqqa.")).toBeGreaterThan(0);

    // the old key alone opens no data key, whichever way it is asked
    const oldOnly = keyProviderFromKeys(oldKey);
    for (const s of sources) {
      expect(() => oldOnly.unwrap(s.wrappedKey!, null, dataKeyContext(s.id))).toThrow();
      expect(() => oldOnly.unwrap(s.wrappedKey!, masterKeyIdOf(oldKey), dataKeyContext(s.id))).toThrow();
    }
    useKeys(oldKey);
    for (const { testimonyId } of made) await expect(transcriptOf(testimonyId)).rejects.toThrow();

    const audit = await db().auditEvent.findMany({ where: { action: { startsWith: "keys." } }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["keys.rotation-started", "keys.rotation-started", "keys.rotation-finished", "keys.rotation-started", "keys.rotation-finished"]);
    expect(JSON.stringify(audit)).not.toContain(newKey.toString("base64"));
  });
});
