// Envelope encryption: every source has its own random data key, stored only wrapped
// (encrypted) by a master key of the key provider, with that master key's id beside it.
// A source's secrets (real name, notes, dictionary, transcripts, media) are sealed under its
// data key. Erasing a source destroys its wrapped key (lib/sources/erasure).
import "server-only";
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env, type Env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { open, seal } from "./aes-gcm";
import type { KeyProvider, WrappedDataKey } from "./key-provider";
import { envKeyProvider } from "./env-key-provider";

let cached: { from: Env; provider: KeyProvider } | undefined;

/** The configured key provider (today the environment's master keys). */
export function keyProvider(): KeyProvider {
  const e = env();
  if (cached?.from !== e) cached = { from: e, provider: envKeyProvider(e) };
  return cached.provider;
}

export class SourceErased extends DomainError {
  constructor() {
    super("This source was erased: nothing of it can be decrypted any more.");
  }
}

export const dataKeyContext = (sourceId: string) => `source-key:${sourceId}`;

/** A new data key for a source, wrapped under the current master key. */
export function newDataKey(sourceId: string): WrappedDataKey {
  return keyProvider().wrap(randomBytes(32), dataKeyContext(sourceId));
}

/** @deprecated use newDataKey, which also returns the master key's id to store. */
export function newWrappedDataKey(sourceId: string): Uint8Array<ArrayBuffer> {
  return newDataKey(sourceId).wrappedKey;
}

export type SourceCipher = {
  seal(field: string, plaintext: string | Buffer): Uint8Array<ArrayBuffer>;
  open(field: string, sealed: Uint8Array): Buffer;
  sealText(field: string, plaintext: string): Uint8Array<ArrayBuffer>;
  openText(field: string, sealed: Uint8Array): string;
  sealJson(field: string, value: unknown): Uint8Array<ArrayBuffer>;
  openJson<T>(field: string, sealed: Uint8Array): T;
  /** A keyed, one-way token of `value` for an equality index (blind index): unlinkable once the data key is gone. */
  blindToken(field: string, value: string): string;
};

export type KeyedSource = { id: string; wrappedKey: Uint8Array | null; masterKeyId?: string | null };

export function unwrapDataKey(source: KeyedSource): Buffer {
  if (!source.wrappedKey) throw new SourceErased();
  return keyProvider().unwrap(source.wrappedKey, source.masterKeyId ?? null, dataKeyContext(source.id));
}

/** `field` names what is sealed and where (e.g. `testimony:<id>:transcript`), bound as additional data. */
export function sourceCipher(source: KeyedSource): SourceCipher {
  const dataKey = unwrapDataKey(source);
  const aad = (field: string) => `${source.id}:${field}`;
  let tokenKey: Buffer | null = null;
  const cipher: SourceCipher = {
    seal: (field, plaintext) => new Uint8Array(seal(dataKey, Buffer.isBuffer(plaintext) ? plaintext : Buffer.from(plaintext, "utf8"), aad(field))),
    open: (field, sealed) => open(dataKey, sealed, aad(field)),
    sealText: (field, plaintext) => cipher.seal(field, plaintext),
    openText: (field, sealed) => cipher.open(field, sealed).toString("utf8"),
    sealJson: (field, value) => cipher.seal(field, JSON.stringify(value)),
    openJson: <T,>(field: string, sealed: Uint8Array) => JSON.parse(cipher.openText(field, sealed)) as T,
    blindToken: (field, value) => {
      tokenKey ??= blindTokenKey(dataKey);
      return blindTokenWith(tokenKey, source.id, field, value);
    },
  };
  return cipher;
}

// A key of its own, derived from the data key, so tokens never reuse the encryption key.
const blindTokenKey = (dataKey: Buffer) => Buffer.from(hkdfSync("sha256", dataKey, Buffer.alloc(0), "countervoice blind tokens", 32));

const blindTokenWith = (tokenKey: Buffer, sourceId: string, field: string, value: string) =>
  createHmac("sha256", tokenKey).update(`${sourceId}:${field}\u0000${value}`, "utf8").digest("base64url").slice(0, 22);

/**
 * A source's blind tokens (the same as its cipher's blindToken), holding only the token key:
 * it can make tokens but decrypt nothing, so a caller may keep it between requests.
 */
export function sourceTokenizer(source: KeyedSource): (field: string, value: string) => string {
  const tokenKey = blindTokenKey(unwrapDataKey(source));
  return (field, value) => blindTokenWith(tokenKey, source.id, field, value);
}
