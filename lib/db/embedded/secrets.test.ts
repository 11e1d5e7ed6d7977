import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { ensureEmbeddedSecrets } from "./secrets";
import { MasterKeyMissing, masterKeyFilePath } from "./master-key-file";

const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe("embedded secrets", () => {
  it("keeps the generated master key outside the data directory, in a file only its owner can read", () => {
    const dataDir = tempDir("cv-data-");
    const keyDir = tempDir("cv-keys-");
    const secrets = ensureEmbeddedSecrets(dataDir, { keyDir });
    expect(secrets.masterKeyFile).toBe(masterKeyFilePath(dataDir, keyDir));
    expect(fs.statSync(secrets.masterKeyFile!).mode & 0o777).toBe(0o600);
    for (const file of filesUnder(dataDir)) expect(fs.readFileSync(file, "utf8")).not.toContain(secrets.masterKey);
    expect(ensureEmbeddedSecrets(dataDir, { keyDir }).masterKey).toBe(secrets.masterKey);
  });

  it("gives two data directories two keys", () => {
    const keyDir = tempDir("cv-keys-");
    const a = ensureEmbeddedSecrets(tempDir("cv-data-"), { keyDir });
    const b = ensureEmbeddedSecrets(tempDir("cv-data-"), { keyDir });
    expect(a.masterKeyFile).not.toBe(b.masterKeyFile);
    expect(a.masterKey).not.toBe(b.masterKey);
  });

  it("moves a master key out of an older secrets.json on first start", () => {
    const dataDir = tempDir("cv-data-");
    const keyDir = tempDir("cv-keys-");
    const legacy = { nextauthSecret: randomBytes(32).toString("base64"), masterKey: randomBytes(32).toString("base64") };
    fs.writeFileSync(path.join(dataDir, "secrets.json"), JSON.stringify(legacy));
    const secrets = ensureEmbeddedSecrets(dataDir, { keyDir });
    expect(secrets).toMatchObject(legacy);
    expect(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")).not.toContain(legacy.masterKey);
    expect(fs.readFileSync(secrets.masterKeyFile!, "utf8")).toContain(legacy.masterKey);
  });

  it("refuses to invent a new key for a database whose key file is missing", () => {
    const dataDir = tempDir("cv-data-");
    fs.mkdirSync(path.join(dataDir, "pglite"));
    fs.writeFileSync(path.join(dataDir, "pglite", "PG_VERSION"), "17");
    fs.writeFileSync(path.join(dataDir, "secrets.json"), JSON.stringify({ nextauthSecret: randomBytes(32).toString("base64") }));
    expect(() => ensureEmbeddedSecrets(dataDir, { keyDir: tempDir("cv-keys-") })).toThrow(MasterKeyMissing);
  });

  it("refuses a key directory inside the data directory", () => {
    const dataDir = tempDir("cv-data-");
    expect(() => ensureEmbeddedSecrets(dataDir, { keyDir: path.join(dataDir, "keys") })).toThrow(/outside the data directory/);
  });

  it("reads and writes no key file when the operator supplies the master key", () => {
    const dataDir = tempDir("cv-data-");
    const keyDir = tempDir("cv-keys-");
    expect(ensureEmbeddedSecrets(dataDir, { keyDir, masterKeyFromEnv: true }).masterKeyFile).toBeUndefined();
    expect(filesUnder(keyDir)).toEqual([]);
  });
});
