// What every BlobStorage driver must do, run against each (local disk, S3 through s3rver).
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { BlobNotFound, newBlobKey, type BlobStorage } from "@/lib/storage/blob-storage";
import { collect } from "./stored-blobs";

async function* pieces(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

export function blobStorageContract(storage: () => BlobStorage): void {
  it("stores a stream and gives it back whole or by byte range", async () => {
    const data = randomBytes(300_000);
    const key = newBlobKey();
    expect(await storage().put(key, pieces(data, 65_536))).toEqual({ bytes: data.length });
    expect(await storage().exists(key)).toBe(true);
    expect(await collect(await storage().get(key))).toEqual(data);
    expect(await collect(await storage().get(key, { start: 1000, end: 70_000 }))).toEqual(data.subarray(1000, 70_001));
  });

  it("streams a file larger than one multipart part without holding it", async () => {
    const key = newBlobKey();
    const piece = randomBytes(1024 * 1024);
    const twelveMiB = (async function* () {
      for (let i = 0; i < 12; i++) yield piece;
    })();
    expect(await storage().put(key, Readable.from(twelveMiB))).toEqual({ bytes: 12 * piece.length });
    const back = await collect(await storage().get(key, { start: 11 * piece.length, end: 12 * piece.length - 1 }));
    expect(back).toEqual(piece);
  });

  it("deletes, and a deleted or unknown blob is missing rather than an error to delete again", async () => {
    const key = newBlobKey();
    await storage().put(key, pieces(Buffer.from("x"), 1));
    await storage().delete(key);
    expect(await storage().exists(key)).toBe(false);
    await expect(storage().get(key)).rejects.toBeInstanceOf(BlobNotFound);
    await storage().delete(key);
  });

  it("leaves nothing behind when the stream fails half way", async () => {
    const key = newBlobKey();
    const failing = (async function* () {
      yield randomBytes(1000);
      throw new Error("connection dropped");
    })();
    await expect(storage().put(key, failing)).rejects.toThrow();
    expect(await storage().exists(key)).toBe(false);
  });

  it("refuses anything but a random key, so never a path", async () => {
    for (const key of ["../../etc/passwd", "a/b", "voice-of-karim.mp3", ""]) {
      await expect(storage().put(key, pieces(Buffer.from("x"), 1))).rejects.toThrow(/Not a blob key/);
      await expect(storage().get(key)).rejects.toThrow(/Not a blob key/);
    }
  });
}
