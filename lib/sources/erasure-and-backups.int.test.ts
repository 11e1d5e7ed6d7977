// Crypto-shredding reaches backups: a backup taken before an erasure still holds the erased
// source's data key, wrapped under the master key of the time. Once that master key is
// rotated out and destroyed, restoring the old backup gives nothing of the source back:
// its wrapped key opens under none of the running system's keys.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dataKeyContext, keyProvider, sourceCipher } from "@/lib/crypto/source-keys";
import { createBackup } from "@/lib/backup/create-backup";
import { restorePostgres } from "@/lib/backup/restore-backup";
import { rotateMasterKey } from "@/lib/keys/rotate-master-key";
import { createUser, rid, sealedText } from "@/tests/support/factories";
import { openRedactedText } from "@/lib/redaction/sealed-redacted-text";

const REDACTED = "[PERSON 1] said we found hunger, not a caliphate.";
import { createSourceWithTestimony, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { restoreMasterKeys, useBackupPassphrase, useMasterKeys } from "@/tests/support/master-keys";
import { createScratchDatabase, queryDatabase } from "@/tests/support/scratch-database";
import { eraseSource } from "./erase-source";
import { ownerDatabaseUrl } from "@/tests/support/worker-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cv-erasure-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  restoreMasterKeys();
  useBackupPassphrase(undefined);
});

type Row = { id: string; transcriptEnc: Buffer; sourceId: string; wrappedKey: Buffer | null; masterKeyId: string | null };
const rowsOf = (url: string, sourceId: string) =>
  queryDatabase<Row>(url, `SELECT t."id", t."transcriptEnc", t."sourceId", s."wrappedKey", s."masterKeyId" FROM "Testimony" t JOIN "Source" s ON s."id" = t."sourceId" WHERE s."id" = $1`, [sourceId]);
const open = (row: Row) => sourceCipher({ id: row.sourceId, wrappedKey: row.wrappedKey, masterKeyId: row.masterKeyId }).openText(`testimony:${row.id}:transcript`, row.transcriptEnc);

it("restoring a backup taken before an erasure decrypts nothing of the erased source once its master key is rotated out", async () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  useMasterKeys(oldKey);
  useBackupPassphrase("the offsite backups' passphrase");
  const admin = await createUser("ADMIN");
  const editor = await createUser("EDITOR");
  const erased = await createSourceWithTestimony(editor);
  const kept = await createSourceWithTestimony(editor);
  const code = (await db().source.findUniqueOrThrow({ where: { id: erased.sourceId } })).code;
  // its approved redacted testimony, sealed as approval writes it
  const redaction = await db().redaction.create({ data: { testimonyId: erased.testimonyId, state: "APPROVED", workEnc: Buffer.from("{}"), editorIds: [editor.id] } });
  await db().redactedText.create({
    data: { redactionId: redaction.id, testimonyId: erased.testimonyId, sourceId: erased.sourceId, language: "en", ...(await sealedText(erased.sourceId, redaction.id, REDACTED)), textHash: "h", approvedById: admin.id },
  });

  const file = path.join(dir, "before-erasure.cvbackup");
  await createBackup(db(), { kind: "postgresql", databaseUrl: ownerDatabaseUrl() }, file, { requestId: rid() });

  await eraseSource(admin, { sourceId: erased.sourceId, confirmCode: code, reason: "The source asked to be forgotten." }, rid());
  // the erasure reaches old backups when the master key of the time is rotated out ...
  useMasterKeys(newKey, oldKey);
  await rotateMasterKey(db(), { requestId: rid() });
  // ... and destroyed: the running system holds the new key only
  useMasterKeys(newKey);

  const target = await createScratchDatabase();
  try {
    // restore refuses a backup whose keys it cannot open, unless told to go on
    await expect(restorePostgres(file, target.url)).rejects.toThrow(/not configured here/);
    await restorePostgres(file, target.url, { acceptUnreadableKeys: true });
    const [restored] = await rowsOf(target.url, erased.sourceId);
    expect(restored?.wrappedKey).not.toBeNull(); // the old backup does hold the erased source's wrapped key and transcript
    expect(() => open(restored!)).toThrow();
    // its redacted testimony is in the old backup only sealed, with word tokens that match nothing anyone can compute now
    const [text] = await queryDatabase<{ redactionId: string; textEnc: Buffer; text: string | null; searchTokens: string[] }>(
      target.url, `SELECT "redactionId", "textEnc", "text", "searchTokens" FROM "RedactedText" WHERE "sourceId" = $1`, [erased.sourceId]);
    expect(text).toMatchObject({ text: null });
    expect(text!.textEnc.toString("latin1")).not.toContain("hunger");
    expect(() => openRedactedText(sourceCipher({ id: erased.sourceId, wrappedKey: restored!.wrappedKey, masterKeyId: restored!.masterKeyId }), { ...text!, text: null })).toThrow();
    // nor does any key the running system has open its data key, however it is asked
    for (const keyId of [null, keyProvider().currentKeyId]) {
      expect(() => keyProvider().unwrap(restored!.wrappedKey!, keyId, dataKeyContext(erased.sourceId))).toThrow();
    }
    // the live system still reads the source that was kept (re-wrapped under the new key)
    const [live] = await rowsOf(ownerDatabaseUrl(), kept.sourceId);
    expect(open(live!)).toBe(FIXTURE_TRANSCRIPT);

    // what made the difference: with the destroyed key still at hand, the old backup would open
    useMasterKeys(newKey, oldKey);
    expect(open(restored!)).toBe(FIXTURE_TRANSCRIPT);
    expect(openRedactedText(sourceCipher({ id: erased.sourceId, wrappedKey: restored!.wrappedKey, masterKeyId: restored!.masterKeyId }), { ...text!, text: null })).toBe(REDACTED);
  } finally {
    await target.drop();
  }
}, 300_000);
