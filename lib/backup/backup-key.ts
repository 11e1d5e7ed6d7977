// The key a backup file is encrypted under: from BACKUP_PASSPHRASE (scrypt) when one is set,
// otherwise derived from the current master key (HKDF, with a label of its own and a fresh
// salt per file). The header records which, and the master key's id, never a secret.
import "server-only";
import { randomBytes, scryptSync } from "node:crypto";
import { env } from "@/lib/env";
import { keyProvider } from "@/lib/crypto/source-keys";
import { MasterKeyUnavailable } from "@/lib/crypto/key-provider";
import { BackupUnreadable, keyCheckOf, type BackupHeader } from "./backup-format";

const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const maxmem = 256 * 1024 * 1024;

const hkdfLabel = (salt: string) => `countervoice backup v1 ${salt}`;

export function newBackupKey(): { key: Buffer; kdf: BackupHeader["kdf"]; keyCheck: string } {
  const salt = randomBytes(16).toString("hex");
  const passphrase = env().BACKUP_PASSPHRASE;
  if (passphrase) {
    const key = scryptSync(passphrase, salt, 32, { ...SCRYPT, maxmem });
    return { key, kdf: { name: "scrypt", salt, ...SCRYPT }, keyCheck: keyCheckOf(key) };
  }
  const provider = keyProvider();
  const key = provider.derive(hkdfLabel(salt));
  return { key, kdf: { name: "master-key-hkdf", salt, masterKeyId: provider.currentKeyId }, keyCheck: keyCheckOf(key) };
}

/** The key a backup's header asks for, from this installation's configuration. */
export function backupKeyFor(header: BackupHeader): Buffer {
  const kdf = header.kdf;
  if (kdf.name === "scrypt") {
    const passphrase = env().BACKUP_PASSPHRASE;
    if (!passphrase) throw new BackupUnreadable("This backup was encrypted with a passphrase: set BACKUP_PASSPHRASE. Nothing was changed.");
    if (kdf.N > 2 ** 20 || kdf.r > 16 || kdf.p > 4) throw new BackupUnreadable("This backup's header asks for unreasonable key-derivation costs.");
    return scryptSync(passphrase, kdf.salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem });
  }
  try {
    return keyProvider().derive(hkdfLabel(kdf.salt), kdf.masterKeyId);
  } catch (error) {
    if (error instanceof MasterKeyUnavailable) {
      throw new BackupUnreadable(
        `This backup is encrypted under master key ${kdf.masterKeyId}, which is not configured here (set it as COUNTERVOICE_MASTER_KEY, ` +
          "or COUNTERVOICE_MASTER_KEY_PREVIOUS). Nothing was changed.",
      );
    }
    throw error;
  }
}
