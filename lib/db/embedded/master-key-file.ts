// Embedded mode generates its master key, and keeps it OUTSIDE the data directory: a copy or
// backup of the data directory alone must decrypt nothing. The file is
// $COUNTERVOICE_KEY_DIR (default ~/.config/countervoice)/<hash of the data directory's
// absolute path>/master.key, mode 0600, so two data directories never share a key.
// A master key found in an older data directory's secrets.json is moved out on first start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

const base64Key = z.string().refine((v) => Buffer.from(v, "base64").length === 32);
const KeyFile = z.object({
  dataDir: z.string(),
  masterKey: base64Key,
  // only while `npm run keys:rotate` runs: the key being replaced
  previousMasterKey: base64Key.optional(),
});
export type MasterKeyFile = z.infer<typeof KeyFile> & { file: string };

export class MasterKeyMissing extends Error {}

export function defaultKeyDir(): string {
  return path.join(os.homedir(), ".config", "countervoice");
}

export function masterKeyFilePath(dataDir: string, keyDir = defaultKeyDir()): string {
  const absolute = path.resolve(dataDir);
  const hash = createHash("sha256").update(absolute).digest("hex").slice(0, 16);
  return path.join(path.resolve(keyDir), hash, "master.key");
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

export function writeMasterKeyFile(file: string, content: Omit<MasterKeyFile, "file">): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, "w", 0o600);
  fs.writeSync(fd, JSON.stringify(content, null, 2) + "\n");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temporary, file); // atomic: a reader sees the old file or the new one
}

function readKeyFile(file: string): MasterKeyFile {
  const parsed = KeyFile.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new MasterKeyMissing(`${file} is damaged; restore it from where you keep a copy (without it the data cannot be decrypted).`);
  return { ...parsed.data, file };
}

/** The data directory's master key file: read, moved out of secrets.json, or created for a new database. */
export function ensureMasterKeyFile(dataDir: string, options: { keyDir?: string; legacyMasterKey?: string } = {}): MasterKeyFile {
  const absolute = path.resolve(dataDir);
  const file = masterKeyFilePath(absolute, options.keyDir);
  if (isInside(file, absolute)) throw new MasterKeyMissing(`COUNTERVOICE_KEY_DIR must be outside the data directory (${absolute}).`);
  if (fs.existsSync(file)) {
    const existing = readKeyFile(file);
    if (options.legacyMasterKey && options.legacyMasterKey !== existing.masterKey && options.legacyMasterKey !== existing.previousMasterKey) {
      throw new MasterKeyMissing(`${path.join(absolute, "secrets.json")} holds a master key other than ${file}; keep the right one and remove the other.`);
    }
    return existing;
  }
  if (options.legacyMasterKey) {
    writeMasterKeyFile(file, { dataDir: absolute, masterKey: options.legacyMasterKey });
    return readKeyFile(file);
  }
  if (fs.existsSync(path.join(absolute, "pglite", "PG_VERSION"))) {
    throw new MasterKeyMissing(
      `The master key of the database in ${absolute} is not at ${file}. Put the key file back there (or set COUNTERVOICE_KEY_DIR, ` +
        "or COUNTERVOICE_MASTER_KEY): without it nothing in this database can be decrypted.",
    );
  }
  writeMasterKeyFile(file, { dataDir: absolute, masterKey: randomBytes(32).toString("base64") });
  return readKeyFile(file);
}
