// The embedded database's backup round trip: PGlite's archive, encrypted and restored into a
// data directory, gives back every table; a wrong key leaves the current database untouched.
// (No PostgreSQL needed; it runs with the integration tests for their configured master key.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { keyProvider } from "@/lib/crypto/source-keys";
import { restoreMasterKeys, useMasterKeys } from "@/tests/support/master-keys";
import { writeEncryptedBackup } from "./create-backup";
import { restorePglite } from "./restore-backup";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cv-pglite-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(restoreMasterKeys);

const SNAPSHOT = `SELECT (SELECT json_agg(s ORDER BY s.id) FROM "Source" s) AS sources, (SELECT json_agg(a ORDER BY a.id) FROM "AuditEvent" a) AS audit`;

async function snapshotOf(dataDir: string) {
  const db = await PGlite.create(path.join(dataDir, "pglite"));
  try {
    return (await db.query(SNAPSHOT)).rows;
  } finally {
    await db.close();
  }
}

describe("backup and restore (embedded PGlite)", () => {
  it("round-trips a database through an encrypted archive, and a wrong key changes nothing", async () => {
    fs.mkdirSync(path.join(dir, "source"));
    fs.mkdirSync(path.join(dir, "target"));
    const source = await PGlite.create(path.join(dir, "source", "pglite"));
    await source.exec(`
      CREATE TABLE "Source" (id text PRIMARY KEY, code text, "wrappedKey" bytea);
      CREATE TABLE "AuditEvent" (id serial PRIMARY KEY, action text, details jsonb);
      INSERT INTO "Source" VALUES ('s1', 'S-0001', '\\x0102'), ('s2', 'S-0002', '\\x0304');
      INSERT INTO "AuditEvent" (action, details) VALUES ('source.created', '{"code":"S-0001"}'), ('source.erased', '{"code":"S-0002"}');
    `);
    const file = path.join(dir, "embedded.cvbackup");
    const { header } = await writeEncryptedBackup({ kind: "pglite", pglite: source }, file, { dataKeysUnder: [keyProvider().currentKeyId] });
    const expected = (await source.query(SNAPSHOT)).rows;
    await source.close();
    expect(header.kind).toBe("pglite");

    // the target already holds another database, which a refused restore must leave alone
    const target = path.join(dir, "target");
    const other = await PGlite.create(path.join(target, "pglite"));
    await other.exec(`CREATE TABLE "Source" (id text PRIMARY KEY, code text, "wrappedKey" bytea); CREATE TABLE "AuditEvent" (id serial PRIMARY KEY, action text, details jsonb); INSERT INTO "Source" VALUES ('x', 'S-0099', NULL);`);
    await other.close();
    const before = await snapshotOf(target);

    useMasterKeys(randomBytes(32));
    await expect(restorePglite(file, target, { acceptUnreadableKeys: true })).rejects.toThrow(/Nothing was changed/);
    expect(await snapshotOf(target)).toEqual(before);
    restoreMasterKeys();

    const phases = new Set<string>();
    await restorePglite(file, target, { onProgress: (p) => phases.add(p.phase) });
    expect(phases).toEqual(new Set(["checking", "restoring"]));
    expect(await snapshotOf(target)).toEqual(expected);
    expect(fs.readdirSync(target).sort()).toEqual(["pglite"]);
  }, 240_000);
});
