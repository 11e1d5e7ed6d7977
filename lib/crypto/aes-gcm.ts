// AES-256-GCM with a random 96-bit nonce per message. Layout of a sealed value:
// version (1 byte) | nonce (12) | tag (16) | ciphertext. The additional data binds
// a ciphertext to its record and field, so one cannot be swapped for another.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = 1;
const NONCE = 12;
const TAG = 16;

export class DecryptionFailed extends Error {
  constructor() {
    super("Decryption failed: wrong key, or the data was altered.");
  }
}

export function seal(key: Buffer, plaintext: Buffer, additionalData: string): Buffer {
  if (key.length !== 32) throw new Error("AES-256 needs a 32-byte key");
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(additionalData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), ciphertext]);
}

export function open(key: Buffer, sealed: Uint8Array, additionalData: string): Buffer {
  const data = Buffer.from(sealed);
  if (data.length < 1 + NONCE + TAG || data[0] !== VERSION) throw new DecryptionFailed();
  const decipher = createDecipheriv("aes-256-gcm", key, data.subarray(1, 1 + NONCE));
  decipher.setAAD(Buffer.from(additionalData, "utf8"));
  decipher.setAuthTag(data.subarray(1 + NONCE, 1 + NONCE + TAG));
  try {
    return Buffer.concat([decipher.update(data.subarray(1 + NONCE + TAG)), decipher.final()]);
  } catch {
    throw new DecryptionFailed();
  }
}
