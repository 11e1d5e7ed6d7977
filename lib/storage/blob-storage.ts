// Where files live off the database: testimony media (sealed, see sealed-blob-format.ts) and
// content images. Keys are random ids made here (newBlobKey), never a file name, so a key says
// nothing about what it holds and cannot reach outside the store.
import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";

/** Inclusive byte range, as in HTTP. */
export type ByteRange = { start: number; end: number };

export interface BlobStorage {
  /** Streams `body` into `key`; the blob appears whole or not at all. */
  put(key: string, body: Readable | AsyncIterable<Uint8Array>): Promise<{ bytes: number }>;
  /** The blob's bytes (or a range of them) as a stream; BlobNotFound when there is none. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Deletes the blob; deleting one that is not there is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class BlobNotFound extends Error {
  constructor() {
    super("The stored file is missing.");
  }
}

const KEY = /^[0-9a-f]{32}$/;

export function newBlobKey(): string {
  return randomBytes(16).toString("hex");
}

/** Refuses anything but a key made by newBlobKey (so never a path). */
export function assertBlobKey(key: string): string {
  if (!KEY.test(key)) throw new Error("Not a blob key");
  return key;
}
