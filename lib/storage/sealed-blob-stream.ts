// Sealing and opening blobs as streams (format: sealed-blob-format.ts). Neither holds more
// than about two chunks in memory, whatever the size of the file.
import { DecryptionFailed } from "@/lib/crypto/aes-gcm";
import { blobKeyFor, CHUNK_BYTES, HEADER_BYTES, newSealedBlobKey, openChunk, SEALED_CHUNK_BYTES, sealChunk } from "./sealed-blob-format";

type Bytes = AsyncIterable<Buffer | Uint8Array | string>;

/** Reads `source` in pieces of exactly `size` bytes, the last one shorter (possibly empty); tells which is last. */
async function* pieces(source: Bytes, size: number): AsyncGenerator<{ piece: Buffer; last: boolean }> {
  let held: Buffer[] = [];
  let heldBytes = 0;
  let ready: Buffer | null = null;
  for await (const input of source) {
    let data = Buffer.from(input);
    while (data.length > 0) {
      const take = Math.min(size - heldBytes, data.length);
      held.push(data.subarray(0, take));
      heldBytes += take;
      data = data.subarray(take);
      if (heldBytes === size) {
        // A full piece is the last one only if nothing follows: hold it until we know.
        if (ready) yield { piece: ready, last: false };
        ready = Buffer.concat(held);
        held = [];
        heldBytes = 0;
      }
    }
  }
  if (heldBytes > 0) {
    if (ready) yield { piece: ready, last: false };
    yield { piece: Buffer.concat(held), last: true };
  } else {
    yield { piece: ready ?? Buffer.alloc(0), last: true };
  }
}

/** Seals a plaintext stream under a new blob key derived from `dataKey`, bound to `field`. */
export async function* sealStream(source: Bytes, dataKey: Buffer, field: string): AsyncGenerator<Buffer> {
  const blob = newSealedBlobKey(dataKey, field);
  yield blob.header;
  let index = 0;
  for await (const { piece, last } of pieces(source, CHUNK_BYTES)) yield sealChunk(blob, index++, last, piece);
}

/** Splits off the first `size` bytes of a stream; the rest keeps streaming. */
async function splitHead(source: Bytes, size: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  while (head.length < size) {
    const next = await iterator.next();
    if (next.done) return { head, rest: (async function* () {})() };
    head = Buffer.concat([head, Buffer.from(next.value)]);
  }
  const leftover = head.subarray(size);
  const rest = (async function* () {
    if (leftover.length) yield leftover;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  })();
  return { head: head.subarray(0, size), rest };
}

/** Opens a whole sealed blob; throws DecryptionFailed on any alteration, including a cut or an extension. */
export async function* openStream(sealed: Bytes, dataKey: Buffer, field: string): AsyncGenerator<Buffer> {
  const { head, rest } = await splitHead(sealed, HEADER_BYTES);
  if (head.length !== HEADER_BYTES) throw new DecryptionFailed();
  const blob = blobKeyFor(dataKey, field, head);
  // A header with nothing after it has lost its final chunk: the empty piece fails to open.
  let index = 0;
  for await (const { piece, last } of pieces(rest, SEALED_CHUNK_BYTES)) yield openChunk(blob, index++, last, piece);
}

/**
 * Opens consecutive chunks from chunk `first` of a blob whose last chunk is `finalIndex`, given
 * its header and the sealed bytes of those chunks only (an HTTP Range request fetches no more).
 * With `through`, the chunks up to that one must all be there (a cut blob is refused).
 */
export async function* openChunkRange(header: Buffer, sealed: Bytes, dataKey: Buffer, field: string, first: number, finalIndex: number, through?: number): AsyncGenerator<Buffer> {
  const blob = blobKeyFor(dataKey, field, header);
  let index = first;
  for await (const { piece } of pieces(sealed, SEALED_CHUNK_BYTES)) {
    if (index > finalIndex) throw new DecryptionFailed();
    yield openChunk(blob, index, index === finalIndex, piece);
    index++;
  }
  if (through !== undefined && index <= through) throw new DecryptionFailed();
}

/** Byte offset of chunk `index` in the sealed blob. */
export const sealedOffsetOfChunk = (index: number) => HEADER_BYTES + index * SEALED_CHUNK_BYTES;
