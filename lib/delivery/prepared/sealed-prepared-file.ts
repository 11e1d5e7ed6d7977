// A prepared file at rest: sealed as it streams into blob storage under a data key of its
// own (wrapped by the master key, bound to the job), and opened as it streams out. The file
// is partner-deliverable, but it is fingerprinted for one organisation: another reader of the
// store (a backup, a shared bucket) must not be able to take it.
import "server-only";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { keyProvider } from "@/lib/crypto/source-keys";
import { newBlobKey } from "@/lib/storage/blob-storage";
import { blobStorage } from "@/lib/storage/storage";
import { openStream, sealStream } from "@/lib/storage/sealed-blob-stream";

const keyContext = (jobId: string) => `prepared-download:${jobId}`;
const blobField = (jobId: string) => `prepared-download:${jobId}:file`;

export type SealedFile = { storageKey: string; wrappedKey: Uint8Array<ArrayBuffer>; masterKeyId: string; bytes: number };

/** Streams `body` sealed into a new blob; never holds more than a chunk or two of it. */
export async function storeSealedFile(jobId: string, body: Buffer | ReadableStream<Uint8Array>): Promise<SealedFile> {
  const dataKey = randomBytes(32);
  const { wrappedKey, masterKeyId } = keyProvider().wrap(dataKey, keyContext(jobId));
  let bytes = 0;
  const source = Buffer.isBuffer(body) ? Readable.from([body]) : Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
  const counted = (async function* () {
    for await (const piece of source) {
      bytes += (piece as Uint8Array).length;
      yield piece as Uint8Array;
    }
  })();
  const storageKey = newBlobKey();
  await blobStorage().put(storageKey, sealStream(counted, dataKey, blobField(jobId)));
  return { storageKey, wrappedKey, masterKeyId, bytes };
}

/** The plaintext, streamed; fails (DecryptionFailed) at the first altered or missing byte. */
export async function openSealedFile(jobId: string, sealed: { storageKey: string; wrappedKey: Uint8Array; masterKeyId: string | null }): Promise<AsyncGenerator<Buffer>> {
  const dataKey = keyProvider().unwrap(sealed.wrappedKey, sealed.masterKeyId, keyContext(jobId));
  const stream = await blobStorage().get(sealed.storageKey);
  const bytes = (async function* () {
    for await (const piece of stream) yield Buffer.from(piece as Uint8Array);
  })();
  return openStream(bytes, dataKey, blobField(jobId));
}
