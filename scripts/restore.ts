// `npm run restore -- FILE [--yes] [--accept-unreadable-keys]`: replaces the database with a
// backup. The file is checked end to end first; a wrong key or passphrase changes nothing.
// PostgreSQL: run it with the owner role's DATABASE_URL (the one migrations use). Embedded:
// stop the app first. See README "Restore drill".
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { withDatabase } from "@/lib/db/with-database";
import { ConfigurationError, databaseMode, env } from "@/lib/env";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { MasterKeyMissing } from "@/lib/db/embedded/master-key-file";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { BackupUnreadable } from "@/lib/backup/backup-format";
import { PostgresToolFailed } from "@/lib/backup/postgres-tools";
import { restorePglite, restorePostgres, type RestoreProgress } from "@/lib/backup/restore-backup";
import { megabytes, progressLine } from "./support/progress-line";

async function confirmed(yes: boolean, what: string): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    console.error("Restoring replaces the whole database: add --yes to confirm.");
    return false;
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`This replaces ${what} with the backup. Type RESTORE to go on: `);
  rl.close();
  return answer.trim() === "RESTORE";
}

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, strict: true, options: { yes: { type: "boolean", default: false }, "accept-unreadable-keys": { type: "boolean", default: false } } });
  const file = positionals[0];
  if (positionals.length !== 1 || !file) {
    console.error("Usage: npm run restore -- FILE [--yes] [--accept-unreadable-keys]");
    process.exit(2);
  }
  if (!fs.existsSync(file)) {
    console.error(`${file} does not exist.`);
    process.exit(2);
  }
  const e = env();
  const embedded = databaseMode(e) === "pglite";
  if (!(await confirmed(values.yes, embedded ? `the embedded database in ${path.resolve(e.DATA_DIR)}` : "the PostgreSQL database of DATABASE_URL"))) process.exit(1);
  const progress = progressLine();
  const onProgress = ({ phase, bytes, of }: RestoreProgress) =>
    progress.update(phase === "checking" ? `Checking the backup: ${megabytes(bytes)} decrypted` : `Restoring: ${megabytes(bytes)}${of ? ` of ${megabytes(of)}` : ""}`);
  const options = { onProgress, acceptUnreadableKeys: values["accept-unreadable-keys"] };
  const header = embedded
    ? await withDatabase(() => restorePglite(file, e.DATA_DIR, options), { open: false })
    : await restorePostgres(file, e.DATABASE_URL!, options);
  progress.done();
  await withDatabase(
    () => recordAuditEvent(db(), { actor: null, action: "backup.restored", requestId: randomUUID(), details: { kind: header.kind, file: path.basename(file), backupCreatedAt: header.createdAt } }),
    { migrate: true },
  );
  console.log(`Restored the backup of ${header.createdAt}. Migrations newer than the backup, if any, were applied.`);
}

main().catch((error: unknown) => {
  const known = [ConfigurationError, DataDirInUse, MasterKeyMissing, PostgresToolFailed, BackupUnreadable].some((kind) => error instanceof kind);
  console.error(known ? (error as Error).message : `restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
