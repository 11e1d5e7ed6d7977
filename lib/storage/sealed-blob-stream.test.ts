import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptionFailed } from "@/lib/crypto/aes-gcm";
import { CHUNK_BYTES, HEADER_BYTES, SEALED_CHUNK_BYTES, sealedSize } from "./sealed-blob-format";
import { openChunkRange, openStream, sealedOffsetOfChunk, sealStream } from "./sealed-blob-stream";

const key = randomBytes(32);
const FIELD = "source-1:media:m-1:content";

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const piece of source) parts.push(Buffer.from(piece));
  return Buffer.concat(parts);
}

/** Feeds `data` in uneven pieces, as a network would. */
async function* inPieces(data: Buffer, size = 10_007): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

const seal = async (plain: Buffer, dataKey = key, field = FIELD) => collect(sealStream(inPieces(plain), dataKey, field));
const open = async (sealed: Buffer, dataKey = key, field = FIELD) => collect(openStream(inPieces(sealed, 3_001), dataKey, field));
const chunkAt = (sealed: Buffer, i: number) => sealed.subarray(sealedOffsetOfChunk(i), sealedOffsetOfChunk(i + 1));

describe("sealed blobs", () => {
  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES, 200_001])("round-trips %i bytes, streamed in uneven pieces", async (size) => {
    const plain = randomBytes(size);
    const sealed = await seal(plain);
    expect(sealed.length).toBe(sealedSize(size));
    expect(await open(sealed)).toEqual(plain);
  });

  it("never repeats a key: the same plaintext seals differently", async () => {
    const plain = Buffer.alloc(1000, 7);
    expect((await seal(plain)).equals(await seal(plain))).toBe(false);
  });

  const plain = randomBytes(3 * CHUNK_BYTES + 500);
  const refused = (sealed: Buffer, dataKey = key, field = FIELD) => expect(open(sealed, dataKey, field)).rejects.toBeInstanceOf(DecryptionFailed);

  it("refuses a changed byte anywhere: header, body, tag", async () => {
    const sealed = await seal(plain);
    for (const at of [5, HEADER_BYTES + 3, HEADER_BYTES + SEALED_CHUNK_BYTES + 100, sealed.length - 1]) {
      const altered = Buffer.from(sealed);
      altered[at]! ^= 1;
      await refused(altered);
    }
  });

  it("refuses a blob cut at a chunk boundary, inside a chunk, or down to its header", async () => {
    const sealed = await seal(plain);
    await refused(sealed.subarray(0, sealedOffsetOfChunk(3)));
    await refused(sealed.subarray(0, sealedOffsetOfChunk(2) + 1000));
    await refused(sealed.subarray(0, HEADER_BYTES));
    await refused(sealed.subarray(0, 10));
  });

  it("refuses reordered chunks and a chunk swapped in from another blob under the same key", async () => {
    const sealed = await seal(plain);
    const reordered = Buffer.concat([sealed.subarray(0, HEADER_BYTES), chunkAt(sealed, 1), chunkAt(sealed, 0), sealed.subarray(sealedOffsetOfChunk(2))]);
    await refused(reordered);
    const other = await seal(plain);
    const swapped = Buffer.concat([sealed.subarray(0, sealedOffsetOfChunk(1)), chunkAt(other, 1), sealed.subarray(sealedOffsetOfChunk(2))]);
    await refused(swapped);
  });

  it("refuses an extension, a dropped middle chunk, another field and another key", async () => {
    const sealed = await seal(plain);
    await refused(Buffer.concat([sealed, chunkAt(sealed, 0)]));
    await refused(Buffer.concat([sealed.subarray(0, sealedOffsetOfChunk(1)), sealed.subarray(sealedOffsetOfChunk(2))]));
    await refused(sealed, key, "source-1:media:m-2:content");
    await refused(sealed, randomBytes(32));
  });

  it("opens a range of chunks from the header and those chunks alone, and refuses them at another position", async () => {
    const sealed = await seal(plain);
    const header = sealed.subarray(0, HEADER_BYTES);
    const range = (first: number, last: number, bytes = sealed.subarray(sealedOffsetOfChunk(first), Math.min(sealedOffsetOfChunk(last + 1), sealed.length))) =>
      collect(openChunkRange(header, inPieces(bytes), key, FIELD, first, 3));
    expect(await range(1, 2)).toEqual(plain.subarray(CHUNK_BYTES, 3 * CHUNK_BYTES));
    expect(await range(3, 3)).toEqual(plain.subarray(3 * CHUNK_BYTES));
    await expect(range(2, 2, chunkAt(sealed, 1))).rejects.toBeInstanceOf(DecryptionFailed);
    // the last chunk passed off as one in the middle: its final flag gives it away
    await expect(collect(openChunkRange(header, inPieces(sealed.subarray(sealedOffsetOfChunk(3))), key, FIELD, 3, 4))).rejects.toBeInstanceOf(DecryptionFailed);
  });

  it("refuses a range cut short by a truncated blob, rather than serving fewer bytes than asked", async () => {
    const plain = randomBytes(3 * CHUNK_BYTES + 500);
    const sealed = await collect(sealStream(inPieces(plain), key, FIELD));
    const header = sealed.subarray(0, HEADER_BYTES);
    // chunks 1 to 2 asked for, but the stored blob ends after chunk 1
    const cut = sealed.subarray(sealedOffsetOfChunk(1), sealedOffsetOfChunk(2));
    await expect(collect(openChunkRange(header, inPieces(cut), key, FIELD, 1, 3, 2))).rejects.toBeInstanceOf(DecryptionFailed);
  });
});
