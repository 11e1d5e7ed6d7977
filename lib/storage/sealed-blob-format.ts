// The format of a sealed blob (testimony media at rest): a header, then AES-256-GCM chunks of
// 64 KiB of plaintext each. A key of its own per blob is derived (HKDF) from the source's data
// key and the header's random salt, so no two blobs share a key and nonces can count. Each
// chunk's nonce is its index (11 bytes) and a final flag (1 byte); the additional data is the
// header and the field (source and media ids). So an altered, reordered, swapped (from another
// blob or position), cut or extended blob fails to open.
//   header:  "CVB1" | chunk size (u32 BE) | salt (32)          = 40 bytes
//   chunk i: ciphertext (≤ 64 KiB) | tag (16)                  the last one has the final flag
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { DecryptionFailed } from "@/lib/crypto/aes-gcm";

export const CHUNK_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;
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

function nonce(index: number, final: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(index, 5, 6); // 48 bits of index are plenty (16 EiB of plaintext)
  n[11] = final ? 1 : 0;
  return n;
}

export function sealChunk(blob: BlobKey, index: number, final: boolean, plaintext: Buffer): Buffer {
  if (plaintext.length > CHUNK_BYTES || (!final && plaintext.length !== CHUNK_BYTES)) throw new Error("A chunk is 64 KiB, only the last one shorter");
  const cipher = createCipheriv("aes-256-gcm", blob.key, nonce(index, final));
  cipher.setAAD(blob.aad);
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

export function openChunk(blob: BlobKey, index: number, final: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_BYTES || sealed.length > SEALED_CHUNK_BYTES) throw new DecryptionFailed();
  const decipher = createDecipheriv("aes-256-gcm", blob.key, nonce(index, final));
  decipher.setAAD(blob.aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionFailed();
  }
}

/** How many chunks a plaintext of `size` bytes takes (an empty one still has its final chunk). */
export const chunkCount = (size: number) => Math.max(1, Math.ceil(size / CHUNK_BYTES));

/** The sealed size of a plaintext of `size` bytes. */
export const sealedSize = (size: number) => HEADER_BYTES + size + chunkCount(size) * TAG_BYTES;
