// Keys are stored and looked up only as HMAC-SHA256 under a secret derived from the master
// key: a database dump shows no name, and without the master key nobody can test a guess.
import { createHmac, hkdfSync } from "node:crypto";

export type KeyHasher = (key: string) => string;

/** 128 bits of the HMAC, base64url: collisions are out of reach at millions of rows. */
export function keyHasher(secret: Uint8Array): KeyHasher {
  return (key) => createHmac("sha256", secret).update(key, "utf8").digest().subarray(0, 16).toString("base64url");
}

/** The HKDF label of the index secret: its own, so it is no other key. */
export const INDEX_SECRET_LABEL = "countervoice identifier index v1";

/** The index secret for a master key (HKDF-SHA256 under INDEX_SECRET_LABEL). */
export function indexSecretFrom(masterKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), INDEX_SECRET_LABEL, 32));
}
