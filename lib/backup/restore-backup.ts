// `npm run restore -- FILE`: the whole file is first decrypted and checked end to end
// without touching anything, so a wrong key, a wrong passphrase or a damaged file changes
// nothing. Then PostgreSQL is restored by pg_restore in one transaction; the embedded
// database is unpacked beside the current one and swapped in only when complete.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLITE_EXTENSIONS } from "@/lib/db/embedded/pglite-extensions";
import { keyProvider } from "@/lib/crypto/source-keys";
import { BackupUnreadable, decryptBackup, readBackupHeader, type BackupHeader } from "./backup-format";
import { backupKeyFor } from "./backup-key";
import { pgRestore } from "./postgres-tools";

export type RestoreProgress = { phase: "checking" | "restoring"; bytes: number; of?: number; line?: string };
type Options = { onProgress?: (progress: RestoreProgress) => void; acceptUnreadableKeys?: boolean };

export async function readHeader(file: string): Promise<BackupHeader> {
  const stream = fs.createReadStream(file);
  try {
    return (await readBackupHeader(stream)).header;
  } finally {
    stream.destroy();
  }
}

/** Decrypts the whole file to nowhere: throws BackupUnreadable unless every chunk opens. */
export async function verifyBackup(file: string, onProgress?: (bytes: number) => void): Promise<{ header: BackupHeader; bytes: number }> {
  let header: BackupHeader | undefined;
  let bytes = 0;
  for await (const piece of decryptBackup(fs.createReadStream(file), (h) => backupKeyFor((header = h)))) {
    bytes += piece.length;
    onProgress?.(bytes);
  }
  return { header: header!, bytes };
}

function refuseUnreadable(header: BackupHeader, options: Options): void {
  const configured = new Set(keyProvider().keyIds);
  const missing = header.dataKeysUnder.filter((id) => !configured.has(id));
  if (missing.length > 0 && !options.acceptUnreadableKeys) {
    throw new BackupUnreadable(
      `The data keys in this backup are wrapped under master key ${missing.join(", ")}, which is not configured here: its testimony would not decrypt. ` +
        "Configure that key (COUNTERVOICE_MASTER_KEY, or the embedded key file), or restore with --accept-unreadable-keys. Nothing was changed.",
    );
  }
}

async function checked(file: string, kind: BackupHeader["kind"], options: Options) {
  const header = await readHeader(file);
  if (header.kind !== kind) throw new BackupUnreadable(`This is a backup of ${header.kind === "pglite" ? "an embedded" : "a PostgreSQL"} database; it cannot be restored into ${kind === "pglite" ? "an embedded" : "a PostgreSQL"} one. Nothing was changed.`);
  refuseUnreadable(header, options);
  return verifyBackup(file, (bytes) => options.onProgress?.({ phase: "checking", bytes }));
}

export async function restorePostgres(file: string, databaseUrl: string, options: Options = {}): Promise<BackupHeader> {
  const { header, bytes: total } = await checked(file, "postgresql", options);
  const restore = pgRestore(databaseUrl, (line) => options.onProgress?.({ phase: "restoring", bytes: 0, line }));
  let bytes = 0;
  const counted = async function* (source: AsyncIterable<Buffer>) {
    for await (const piece of source) {
      bytes += piece.length;
      options.onProgress?.({ phase: "restoring", bytes, of: total });
      yield piece;
    }
  };
  // pg_restore may stop reading once it has the archive's last entry; what counts is its exit
  const feeding = pipeline(decryptBackup(fs.createReadStream(file), backupKeyFor), counted, restore.input).then(
    () => null,
    (error: unknown) => error,
  );
  await restore.done;
  const fed = await feeding;
  if (fed && (fed as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE" && (fed as NodeJS.ErrnoException).code !== "EPIPE") throw fed;
  return header;
}

/** dataDir must not be open (the caller holds its lock with the database closed). */
export async function restorePglite(file: string, dataDir: string, options: Options = {}): Promise<BackupHeader> {
  const { header, bytes: total } = await checked(file, "pglite", options);
  const parts: Buffer[] = [];
  let bytes = 0;
  for await (const piece of decryptBackup(fs.createReadStream(file), backupKeyFor)) {
    parts.push(piece);
    bytes += piece.length;
    options.onProgress?.({ phase: "restoring", bytes, of: total });
  }
  const live = path.join(path.resolve(dataDir), "pglite");
  const incoming = `${live}.restoring`;
  const outgoing = `${live}.replaced`;
  fs.rmSync(incoming, { recursive: true, force: true });
  fs.mkdirSync(incoming, { mode: 0o700 });
  const restored = await PGlite.create({ dataDir: incoming, loadDataDir: new Blob([Buffer.concat(parts)]), extensions: PGLITE_EXTENSIONS });
  await restored.query("SELECT 1");
  await restored.close();
  fs.rmSync(outgoing, { recursive: true, force: true });
  if (fs.existsSync(live)) fs.renameSync(live, outgoing);
  fs.renameSync(incoming, live);
  // nothing of the replaced database is kept (it may hold what the backup does not)
  fs.rmSync(outgoing, { recursive: true, force: true });
  return header;
}
