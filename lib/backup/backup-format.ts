// The encrypted backup file. Layout: the magic line, a 4-byte length and a JSON header (what
// the backup holds and how its key is derived; no secret), then the dump in chunks of at
// most 1 MiB, each sealed with AES-256-GCM: a 4-byte length, then ciphertext and tag. The
// nonce is the chunk's number plus a last-chunk flag (the STREAM construction), and every
// chunk's additional data is the header, so chunks cannot be reordered, dropped, cut off at
// the end or moved to another file without the tag failing.
import { createCipheriv, createDecipheriv, createHmac } from "node:crypto";
import { z } from "zod";

const MAGIC = Buffer.from("COUNTERVOICE-BACKUP-1\n", "utf8");
const CHUNK = 1024 * 1024;
const TAG = 16;

export const BackupHeader = z.object({
  kind: z.enum(["postgresql", "pglite"]),
  createdAt: z.string(),
  kdf: z.discriminatedUnion("name", [
    z.object({ name: z.literal("scrypt"), salt: z.string(), N: z.number().int(), r: z.number().int(), p: z.number().int() }),
    z.object({ name: z.literal("master-key-hkdf"), salt: z.string(), masterKeyId: z.string() }),
  ]),
  // The master keys that wrap the data keys inside: without one of them nothing restored decrypts.
  dataKeysUnder: z.array(z.string()),
  // Lets a wrong key or passphrase be told apart from a damaged file before anything is touched.
  keyCheck: z.string(),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export class BackupUnreadable extends Error {}

function nonce(index: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(index, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

export function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), "utf8");
  return Buffer.concat([MAGIC, uint32(json.length), json]);
}

/** Seals a plaintext stream chunk by chunk; the header goes first and is bound to every chunk. */
export async function* encryptBackup(plaintext: AsyncIterable<Buffer | Uint8Array | string>, key: Buffer, header: BackupHeader): AsyncGenerator<Buffer> {
  const head = encodeHeader(header);
  yield head;
  let index = 0;
  let pending = Buffer.alloc(0);
  const seal = (chunk: Buffer, last: boolean) => {
    const cipher = createCipheriv("aes-256-gcm", key, nonce(index++, last));
    cipher.setAAD(head);
    const sealed = Buffer.concat([cipher.update(chunk), cipher.final(), cipher.getAuthTag()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(sealed.length);
    return Buffer.concat([length, sealed]);
  };
  for await (const piece of plaintext) {
    pending = Buffer.concat([pending, typeof piece === "string" ? Buffer.from(piece) : Buffer.from(piece)]);
    // keep at least one byte back, so the last chunk is always known to be the last
    while (pending.length > CHUNK) {
      yield seal(pending.subarray(0, CHUNK), false);
      pending = pending.subarray(CHUNK);
    }
  }
  yield seal(pending, true);
}

/** Reads exactly n bytes at a time from a byte stream. */
function byteReader(source: AsyncIterable<Buffer | Uint8Array | string>) {
  const iterator = source[Symbol.asyncIterator]();
  let buffered = Buffer.alloc(0);
  return {
    async read(n: number): Promise<Buffer | null> {
      while (buffered.length < n) {
        const next = await iterator.next();
        if (next.done) {
          if (buffered.length === 0) return null;
          throw new BackupUnreadable("The backup file is cut short.");
        }
        buffered = Buffer.concat([buffered, typeof next.value === "string" ? Buffer.from(next.value) : Buffer.from(next.value)]);
      }
      const out = buffered.subarray(0, n);
      buffered = buffered.subarray(n);
      return out;
    },
  };
}

/** The header alone: what is needed to derive the key. */
export async function readBackupHeader(source: AsyncIterable<Buffer | Uint8Array | string>): Promise<{ header: BackupHeader; raw: Buffer }> {
  const reader = byteReader(source);
  return readHeaderFrom(reader);
}

async function readHeaderFrom(reader: ReturnType<typeof byteReader>) {
  const magic = await reader.read(MAGIC.length);
  if (!magic || !magic.equals(MAGIC)) throw new BackupUnreadable("This is not a Countervoice backup file.");
  const length = (await reader.read(4))!.readUInt32BE();
  if (length > 64 * 1024) throw new BackupUnreadable("This backup file's header is damaged.");
  const json = await reader.read(length);
  if (!json) throw new BackupUnreadable("The backup file is cut short.");
  let parsed;
  try {
    parsed = BackupHeader.safeParse(JSON.parse(json.toString("utf8")));
  } catch {
    throw new BackupUnreadable("This backup file's header is damaged.");
  }
  if (!parsed.success) throw new BackupUnreadable("This backup file's header is damaged.");
  return { header: parsed.data, raw: Buffer.concat([MAGIC, uint32(length), json]) };
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** Stored in the header: tells a wrong key from a damaged file (it reveals no more than a chunk's tag would). */
export function keyCheckOf(key: Buffer): string {
  return createHmac("sha256", key).update("countervoice backup key check").digest("hex").slice(0, 32);
}

export class WrongBackupKey extends BackupUnreadable {}

/**
 * Opens a backup file's chunks in order; throws BackupUnreadable when any tag fails, the
 * last chunk is missing or anything follows it. The key comes from the header (keyFor).
 */
export async function* decryptBackup(source: AsyncIterable<Buffer | Uint8Array | string>, keyFor: (header: BackupHeader) => Buffer): AsyncGenerator<Buffer> {
  const reader = byteReader(source);
  const { header, raw } = await readHeaderFrom(reader);
  const key = keyFor(header);
  if (keyCheckOf(key) !== header.keyCheck) {
    throw new WrongBackupKey(
      header.kdf.name === "scrypt" ? "The backup passphrase (BACKUP_PASSPHRASE) does not open this backup. Nothing was changed." : "The master key does not open this backup. Nothing was changed.",
    );
  }
  for (let index = 0; ; index++) {
    const lengthBytes = await reader.read(4);
    if (!lengthBytes) throw new BackupUnreadable("The backup file is cut short.");
    const length = lengthBytes.readUInt32BE();
    if (length < TAG || length > CHUNK + TAG) throw new BackupUnreadable("The backup file is damaged.");
    const sealed = await reader.read(length);
    if (!sealed) throw new BackupUnreadable("The backup file is cut short.");
    const opened = openChunk(key, raw, index, sealed);
    if (opened.last) {
      yield opened.plaintext;
      if ((await reader.read(1)) !== null) throw new BackupUnreadable("The backup file has data after its end.");
      return;
    }
    yield opened.plaintext;
  }
}

function openChunk(key: Buffer, head: Buffer, index: number, sealed: Buffer): { plaintext: Buffer; last: boolean } {
  for (const last of [false, true]) {
    const decipher = createDecipheriv("aes-256-gcm", key, nonce(index, last));
    decipher.setAAD(head);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
      return { plaintext: Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]), last };
    } catch {
      // try the other flag; both failing means damage
    }
  }
  throw new BackupUnreadable("The backup file is damaged or was altered (a chunk failed its integrity check).");
}
