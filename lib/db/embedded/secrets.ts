// Embedded mode generates its secrets once, so the demo needs no configuration. The session
// secret stays in the data directory (secrets.json, mode 0600); the master key never does:
// it lives in a file outside it (master-key-file.ts), and one found here is moved there.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { ensureMasterKeyFile, type MasterKeyFile } from "./master-key-file";

const StoredSecrets = z.object({
  nextauthSecret: z.string().min(32),
  // written by versions before the master key moved out of the data directory
  masterKey: z.string().refine((v) => Buffer.from(v, "base64").length === 32).optional(),
});

export type EmbeddedSecrets = { nextauthSecret: string; masterKey?: string; previousMasterKey?: string; masterKeyFile?: string };

function writeSecrets(file: string, nextauthSecret: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ nextauthSecret }, null, 2), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** keyDir: where master key files live; masterKeyFromEnv: the operator supplies the key, so no file is read or made. */
export function ensureEmbeddedSecrets(dataDir: string, options: { keyDir?: string; masterKeyFromEnv?: boolean } = {}): EmbeddedSecrets {
  const file = path.join(dataDir, "secrets.json");
  let stored: z.infer<typeof StoredSecrets> | undefined;
  if (fs.existsSync(file)) {
    const parsed = StoredSecrets.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file} is damaged; restore it from a backup.`);
    stored = parsed.data;
  }
  const keyFile: MasterKeyFile | undefined = options.masterKeyFromEnv ? undefined : ensureMasterKeyFile(dataDir, { keyDir: options.keyDir, legacyMasterKey: stored?.masterKey });
  if (!stored) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    stored = { nextauthSecret: randomBytes(32).toString("base64") };
    writeSecrets(file, stored.nextauthSecret);
  } else if (stored.masterKey && keyFile) {
    writeSecrets(file, stored.nextauthSecret); // the key is safely in its own file now
  }
  return { nextauthSecret: stored.nextauthSecret, masterKey: keyFile?.masterKey, previousMasterKey: keyFile?.previousMasterKey, masterKeyFile: keyFile?.file };
}
