// Backup and restore against real PostgreSQL: the demo database round-trips table by table
// and its testimony still decrypts; a wrong master key or passphrase is refused and changes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { rid } from "@/tests/support/factories";
import { restoreMasterKeys, useBackupPassphrase, useMasterKeys } from "@/tests/support/master-keys";
import { createScratchDatabase, queryDatabase, tableFingerprints } from "@/tests/support/scratch-database";
import { createBackup } from "./create-backup";
import { restorePostgres } from "./restore-backup";
import { WrongBackupKey } from "./backup-format";
import { ownerDatabaseUrl } from "@/tests/support/worker-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cv-backup-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  restoreMasterKeys();
  useBackupPassphrase(undefined);
});
// Backups and restores run as the owner role, as the README says (the app role may not read every table).
const databaseUrl = () => ownerDatabaseUrl();

type TestimonyRow = { id: string; transcriptEnc: Buffer; sourceId: string; wrappedKey: Buffer; masterKeyId: string | null };
const TESTIMONY_SQL = `SELECT t."id", t."transcriptEnc", t."sourceId", s."wrappedKey", s."masterKeyId" FROM "Testimony" t JOIN "Source" s ON s."id" = t."sourceId" ORDER BY t."id"`;
const transcriptOf = (row: TestimonyRow) => sourceCipher({ id: row.sourceId, wrappedKey: row.wrappedKey, masterKeyId: row.masterKeyId }).openText(`testimony:${row.id}:transcript`, row.transcriptEnc);

describe("backup and restore (PostgreSQL)", () => {
  it("round-trips the seeded demo database: every table's rows, and its testimony decrypts", async () => {
    await seedDemo();
    const before = await tableFingerprints(databaseUrl());
    expect(Number(before.Testimony!.split(":")[0])).toBeGreaterThan(0);
    const file = path.join(dir, "demo.cvbackup");
    const seen: number[] = [];
    const { header } = await createBackup(db(), { kind: "postgresql", databaseUrl: databaseUrl() }, file, { requestId: rid(), onProgress: (p) => seen.push(p.bytes) });
    expect(seen.length).toBeGreaterThan(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(header.kdf.name).toBe("master-key-hkdf");
    // nothing readable in the file: not the dump's magic, not an email of the demo
    const raw = fs.readFileSync(file);
    expect(raw.includes(Buffer.from("PGDMP"))).toBe(false);
    expect(raw.includes(Buffer.from("demo.test"))).toBe(false);
    expect(await db().auditEvent.count({ where: { action: "backup.created" } })).toBe(1);

    const target = await createScratchDatabase();
    try {
      const phases = new Set<string>();
      await restorePostgres(file, target.url, { onProgress: (p) => phases.add(p.phase) });
      expect(phases).toEqual(new Set(["checking", "restoring"]));
      expect(await tableFingerprints(target.url)).toEqual(before);
      const original = await queryDatabase<TestimonyRow>(databaseUrl(), TESTIMONY_SQL);
      const restored = await queryDatabase<TestimonyRow>(target.url, TESTIMONY_SQL);
      expect(restored.map(transcriptOf)).toEqual(original.map(transcriptOf));
      expect(restored.map(transcriptOf).join(" ").length).toBeGreaterThan(100);
    } finally {
      await target.drop();
    }
  }, 300_000);

  it("refuses a wrong master key or passphrase with a clear message, and changes nothing", async () => {
    await db().partnerOrganization.create({ data: { name: "Kept as it was" } });
    const good = path.join(dir, "good.cvbackup");
    await createBackup(db(), { kind: "postgresql", databaseUrl: databaseUrl() }, good, { requestId: rid() });
    const target = await createScratchDatabase();
    try {
      await restorePostgres(good, target.url);
      const restored = await tableFingerprints(target.url);

      await db().partnerOrganization.create({ data: { name: "Only in the second backup" } });
      const byKey = path.join(dir, "by-key.cvbackup");
      await createBackup(db(), { kind: "postgresql", databaseUrl: databaseUrl() }, byKey, { requestId: rid() });
      useBackupPassphrase("correct horse battery staple");
      const byPassphrase = path.join(dir, "by-passphrase.cvbackup");
      await createBackup(db(), { kind: "postgresql", databaseUrl: databaseUrl() }, byPassphrase, { requestId: rid() });

      useMasterKeys(randomBytes(32));
      await expect(restorePostgres(byKey, target.url, { acceptUnreadableKeys: true })).rejects.toThrow(/not configured here.*Nothing was changed/);
      restoreMasterKeys();
      useBackupPassphrase("a wrong passphrase, long enough");
      await expect(restorePostgres(byPassphrase, target.url)).rejects.toThrow(WrongBackupKey);
      await expect(restorePostgres(byPassphrase, target.url)).rejects.toThrow("The backup passphrase (BACKUP_PASSPHRASE) does not open this backup. Nothing was changed.");
      useBackupPassphrase(undefined);
      await expect(restorePostgres(byPassphrase, target.url)).rejects.toThrow(/set BACKUP_PASSPHRASE/);
      expect(await tableFingerprints(target.url)).toEqual(restored);

      useBackupPassphrase("correct horse battery staple");
      await restorePostgres(byPassphrase, target.url);
      expect(await queryDatabase(target.url, `SELECT "name" FROM "PartnerOrganization" ORDER BY "name"`)).toEqual([{ name: "Kept as it was" }, { name: "Only in the second backup" }]);
    } finally {
      await target.drop();
    }
  }, 300_000);
});
