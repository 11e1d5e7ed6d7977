// Testimony media in storage: sealed under the source's data key as they stream in, opened as
// they stream out (whole, or the chunks an HTTP Range request needs). Never whole in memory.
import "server-only";
import type { Readable } from "node:stream";
import { unwrapDataKey, type KeyedSource } from "@/lib/crypto/source-keys";
import { newBlobKey } from "@/lib/storage/blob-storage";
import { blobStorage } from "@/lib/storage/storage";
import { chunkCount, CHUNK_BYTES, HEADER_BYTES, sealedSize } from "@/lib/storage/sealed-blob-format";
import { openChunkRange, openStream, sealedOffsetOfChunk, sealStream } from "@/lib/storage/sealed-blob-stream";
import { mediaContentField } from "./testimony-fields";

/** The additional data of a media blob: its source and media ids, as for every sealed field. */
export const mediaBlobField = (sourceId: string, mediaId: string) => `${sourceId}:${mediaContentField(mediaId)}`;

/** Seals `plaintext` into a new blob; returns its key and plaintext size. */
export async function storeSealedMedia(source: KeyedSource, mediaId: string, plaintext: AsyncIterable<Uint8Array>): Promise<{ storageKey: string; size: number }> {
  const dataKey = unwrapDataKey(source);
  let size = 0;
  const counted = (async function* () {
    for await (const piece of plaintext) {
      size += piece.length;
      yield piece;
    }
  })();
  const storageKey = newBlobKey();
  await blobStorage().put(storageKey, sealStream(counted, dataKey, mediaBlobField(source.id, mediaId)));
  return { storageKey, size };
}

async function* bytesOf(stream: Readable): AsyncGenerator<Buffer> {
  for await (const piece of stream) yield Buffer.from(piece as Uint8Array);
}

async function headerOf(storageKey: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const piece of bytesOf(await blobStorage().get(storageKey, { start: 0, end: HEADER_BYTES - 1 }))) parts.push(piece);
  return Buffer.concat(parts);
}

/** The whole plaintext of a media blob, streamed; fails (DecryptionFailed) at the first altered byte. */
export async function openSealedMedia(source: KeyedSource, mediaId: string, storageKey: string): Promise<AsyncGenerator<Buffer>> {
  const dataKey = unwrapDataKey(source);
  return openStream(bytesOf(await blobStorage().get(storageKey)), dataKey, mediaBlobField(source.id, mediaId));
}

/** Plaintext bytes start..end (inclusive) of a media blob of plaintext `size`, reading only the chunks that hold them. */
export async function openSealedMediaRange(
  source: KeyedSource,
  media: { id: string; storageKey: string; size: number },
  start: number,
  end: number,
): Promise<AsyncGenerator<Buffer>> {
  const dataKey = unwrapDataKey(source);
  const first = Math.floor(start / CHUNK_BYTES);
  const last = Math.floor(end / CHUNK_BYTES);
  const header = await headerOf(media.storageKey);
  const sealedEnd = Math.min(sealedOffsetOfChunk(last + 1), sealedSize(media.size)) - 1;
  const sealed = bytesOf(await blobStorage().get(media.storageKey, { start: sealedOffsetOfChunk(first), end: sealedEnd }));
  const chunks = openChunkRange(header, sealed, dataKey, mediaBlobField(source.id, media.id), first, chunkCount(media.size) - 1, last);
  return (async function* () {
    let position = first * CHUNK_BYTES;
    for await (const chunk of chunks) {
      const from = Math.max(start - position, 0);
      const to = Math.min(end - position + 1, chunk.length);
      if (to > from) yield chunk.subarray(from, to);
      position += chunk.length;
    }
  })();
}
