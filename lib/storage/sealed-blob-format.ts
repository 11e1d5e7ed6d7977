// The format of a sealed blob (testimony media at rest): a header, then AES-256-GCM chunks of
// 64 KiB of plaintext each. A key of its own per blob is derived (HKDF) from the source's data
// key and the header's random salt, so no two blobs share a key. Each chunk has a random nonce
// (a resumed upload may seal a chunk again: a counter nonce would then repeat); its additional
// data is the header, the field (source and media ids), the chunk's index and whether it is the
// last. So an altered, reordered, swapped (from another blob or position), cut or extended blob
// fails to open.
//   header:  "CVB1" | chunk size (u32 BE) | salt (32)          = 40 bytes
//   chunk i: nonce (12) | ciphertext (≤ 64 KiB) | tag (16)     AAD: header | field | i (u64) | final (1 byte)
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { DecryptionFailed } from "@/lib/crypto/aes-gcm";

export const CHUNK_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
const NONCE_BYTES = 12;
/** What sealing adds to each chunk. */
export const CHUNK_OVERHEAD = NONCE_BYTES + TAG_BYTES;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + CHUNK_OVERHEAD;
const MAGIC = Buffer.from("CVB1", "ascii");
const SALT_BYTES = 32;
export const HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES;

export type BlobKey = { header: Buffer; key: Buffer; aad: Buffer };

/** A new header (fresh salt) and the blob key it implies. */
export function newSealedBlobKey(dataKey: Buffer, field: string): BlobKey {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(CHUNK_BYTES, MAGIC.length);
  randomBytes(SALT_BYTES).copy(header, MAGIC.length + 4);
  return blobKeyFor(dataKey, field, header);
}

/** The blob key of an existing header; refuses a header of another format or chunk size. */
export function blobKeyFor(dataKey: Buffer, field: string, header: Buffer): BlobKey {
  if (header.length !== HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC) || header.readUInt32BE(MAGIC.length) !== CHUNK_BYTES) {
    throw new DecryptionFailed();
  }
  const salt = header.subarray(MAGIC.length + 4);
  const key = Buffer.from(hkdfSync("sha256", dataKey, salt, "countervoice sealed blob", 32));
  return { header: Buffer.from(header), key, aad: Buffer.concat([header, Buffer.from(field, "utf8")]) };
}

function chunkAad(blob: BlobKey, index: number, final: boolean): Buffer {
  const position = Buffer.alloc(9);
  position.writeBigUInt64BE(BigInt(index));
  position[8] = final ? 1 : 0;
  return Buffer.concat([blob.aad, position]);
}

export function sealChunk(blob: BlobKey, index: number, final: boolean, plaintext: Buffer): Buffer {
  if (plaintext.length > CHUNK_BYTES || (!final && plaintext.length !== CHUNK_BYTES)) throw new Error("A chunk is 64 KiB, only the last one shorter");
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", blob.key, nonce);
  cipher.setAAD(chunkAad(blob, index, final));
  return Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

export function openChunk(blob: BlobKey, index: number, final: boolean, sealed: Buffer): Buffer {
  if (sealed.length < CHUNK_OVERHEAD || sealed.length > SEALED_CHUNK_BYTES) throw new DecryptionFailed();
  const decipher = createDecipheriv("aes-256-gcm", blob.key, sealed.subarray(0, NONCE_BYTES));
  decipher.setAAD(chunkAad(blob, index, final));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionFailed();
  }
}

/** How many chunks a plaintext of `size` bytes takes (an empty one still has its final chunk). */
export const chunkCount = (size: number) => Math.max(1, Math.ceil(size / CHUNK_BYTES));

/** The sealed size of a plaintext of `size` bytes. */
export const sealedSize = (size: number) => HEADER_BYTES + size + chunkCount(size) * CHUNK_OVERHEAD;
