// Envelope encryption: every source has its own random data key, stored only
// wrapped (encrypted) by the master key from the environment. A source's secrets
// (real name, notes, dictionary, transcripts, media) are sealed under its data key.
import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { open, seal } from "./aes-gcm";

export function masterKey(): Buffer {
  const key = env().COUNTERVOICE_MASTER_KEY;
  if (!key) throw new Error("COUNTERVOICE_MASTER_KEY is not configured");
  return Buffer.from(key, "base64");
}

export function newWrappedDataKey(sourceId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(seal(masterKey(), randomBytes(32), `source-key:${sourceId}`));
}

export type SourceCipher = {
  seal(field: string, plaintext: string | Buffer): Uint8Array<ArrayBuffer>;
  open(field: string, sealed: Uint8Array): Buffer;
  sealText(field: string, plaintext: string): Uint8Array<ArrayBuffer>;
  openText(field: string, sealed: Uint8Array): string;
  sealJson(field: string, value: unknown): Uint8Array<ArrayBuffer>;
  openJson<T>(field: string, sealed: Uint8Array): T;
};

/** `field` names what is sealed and where (e.g. `testimony:<id>:transcript`), bound as additional data. */
export function sourceCipher(source: { id: string; wrappedKey: Uint8Array }): SourceCipher {
  const dataKey = open(masterKey(), source.wrappedKey, `source-key:${source.id}`);
  const aad = (field: string) => `${source.id}:${field}`;
  const cipher: SourceCipher = {
    seal: (field, plaintext) => new Uint8Array(seal(dataKey, Buffer.isBuffer(plaintext) ? plaintext : Buffer.from(plaintext, "utf8"), aad(field))),
    open: (field, sealed) => open(dataKey, sealed, aad(field)),
    sealText: (field, plaintext) => cipher.seal(field, plaintext),
    openText: (field, sealed) => cipher.open(field, sealed).toString("utf8"),
    sealJson: (field, value) => cipher.seal(field, JSON.stringify(value)),
    openJson: <T,>(field: string, sealed: Uint8Array) => JSON.parse(cipher.openText(field, sealed)) as T,
  };
  return cipher;
}
