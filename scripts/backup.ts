// `npm run backup -- FILE`: an encrypted backup of the whole database (PostgreSQL through
// pg_dump, or the embedded database with the app stopped). See README "Backups".
import fs from "node:fs";
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { withDatabase } from "@/lib/db/with-database";
import { ConfigurationError, databaseMode, env } from "@/lib/env";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { MasterKeyMissing } from "@/lib/db/embedded/master-key-file";
import { db } from "@/lib/db/client";
import { createBackup } from "@/lib/backup/create-backup";
import { PostgresToolFailed } from "@/lib/backup/postgres-tools";
import { megabytes, progressLine } from "./support/progress-line";

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const file = positionals[0];
  if (positionals.length !== 1 || !file) {
    console.error("Usage: npm run backup -- FILE");
    process.exit(2);
  }
  if (fs.existsSync(file)) {
    console.error(`${file} exists already; choose a new file name (backups are never overwritten).`);
    process.exit(2);
  }
  const progress = progressLine();
  const { bytes, header } = await withDatabase(async ({ pglite }) => {
    const e = env();
    const target = databaseMode(e) === "postgresql" ? { kind: "postgresql" as const, databaseUrl: e.DATABASE_URL! } : { kind: "pglite" as const, pglite: pglite! };
    return createBackup(db(), target, file, {
      requestId: randomUUID(),
      onProgress: ({ bytes, table }) => progress.update(`Backing up: ${megabytes(bytes)}${table ? ` (${table})` : ""}`),
    });
  }, { migrate: false });
  progress.done();
  const how = header.kdf.name === "scrypt" ? "BACKUP_PASSPHRASE" : `a key derived from master key ${header.kdf.masterKeyId}`;
  console.log(`Backup written to ${file} (${megabytes(bytes)} of ${header.kind} data), encrypted with ${how}.`);
  console.log(`Its data keys are wrapped under master key ${header.dataKeysUnder.join(", ") || "(none yet)"}: keep that key apart from the backup; the backup alone decrypts nothing.`);
}

main().catch((error: unknown) => {
  const known = [ConfigurationError, DataDirInUse, MasterKeyMissing, PostgresToolFailed].some((kind) => error instanceof kind);
  console.error(known ? (error as Error).message : `backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
