// `npm run backup -- FILE`: the whole database, encrypted. PostgreSQL through pg_dump;
// the embedded database as PGlite's own archive of its data directory. The file holds the
// database only (data keys wrapped by the master key, never the master key itself).
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { PGlite } from "@electric-sql/pglite";
import type { Db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { keyProvider } from "@/lib/crypto/source-keys";
import { encryptBackup, type BackupHeader } from "./backup-format";
import { newBackupKey } from "./backup-key";
import { pgDump } from "./postgres-tools";

export type BackupTarget = { kind: "postgresql"; databaseUrl: string } | { kind: "pglite"; pglite: PGlite };
export type BackupProgress = { bytes: number; table?: string };

/** The master keys that wrap the data keys in this database (null ids: written under the current one). */
async function dataKeysUnder(client: Db): Promise<string[]> {
  const rows = await client.source.groupBy({ by: ["masterKeyId"], where: { wrappedKey: { not: null } } });
  return [...new Set(rows.map((r) => r.masterKeyId ?? keyProvider().currentKeyId))];
}

export async function createBackup(
  client: Db,
  target: BackupTarget,
  file: string,
  options: { requestId: string; onProgress?: (progress: BackupProgress) => void },
): Promise<{ bytes: number; header: BackupHeader }> {
  const written = await writeEncryptedBackup(target, file, { dataKeysUnder: await dataKeysUnder(client), onProgress: options.onProgress });
  const { kdf, dataKeysUnder: keys } = written.header;
  await recordAuditEvent(client, {
    actor: null,
    action: "backup.created",
    requestId: options.requestId,
    details: { kind: target.kind, file: path.basename(file), bytes: written.bytes, kdf: kdf.name, ...(kdf.name === "master-key-hkdf" ? { masterKeyId: kdf.masterKeyId } : {}), dataKeysUnder: keys },
  });
  return written;
}

/** The file itself: written beside its final name (mode 0600) and renamed only when complete. */
export async function writeEncryptedBackup(
  target: BackupTarget,
  file: string,
  options: { dataKeysUnder: string[]; onProgress?: (progress: BackupProgress) => void },
): Promise<{ bytes: number; header: BackupHeader }> {
  const { key, kdf, keyCheck } = newBackupKey();
  const header: BackupHeader = { kind: target.kind, createdAt: new Date().toISOString(), kdf, dataKeysUnder: options.dataKeysUnder, keyCheck };
  const partial = `${file}.partial`;
  let bytes = 0;
  let table: string | undefined;
  const counted = async function* (source: AsyncIterable<Buffer | Uint8Array>) {
    for await (const piece of source) {
      bytes += piece.length;
      options.onProgress?.({ bytes, table });
      yield Buffer.from(piece);
    }
  };
  try {
    if (target.kind === "postgresql") {
      const dump = pgDump(target.databaseUrl, (t) => (table = t));
      await Promise.all([pipeline(dump.output, counted, (source) => encryptBackup(source, key, header), fs.createWriteStream(partial, { mode: 0o600 })), dump.done]);
    } else {
      const archive = await target.pglite.dumpDataDir("gzip");
      const stream = Readable.fromWeb(archive.stream() as import("node:stream/web").ReadableStream<Uint8Array>);
      await pipeline(stream, counted, (source) => encryptBackup(source, key, header), fs.createWriteStream(partial, { mode: 0o600 }));
    }
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { bytes, header };
}
