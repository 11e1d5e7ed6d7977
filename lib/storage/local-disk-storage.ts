// The default driver: one file per blob under a directory, in two levels of fan-out folders.
// A blob is written to a temporary file beside its final place and renamed when complete.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertBlobKey, BlobNotFound, type BlobStorage, type ByteRange } from "./blob-storage";

export function localDiskStorage(root: string): BlobStorage {
  const fileOf = (key: string) => path.join(root, assertBlobKey(key).slice(0, 2), key.slice(2, 4), key);
  return {
    async put(key, body) {
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${randomBytes(6).toString("hex")}.partial`;
      let bytes = 0;
      const counted = async function* (source: AsyncIterable<Uint8Array>) {
        for await (const piece of source) {
          bytes += piece.length;
          yield piece;
        }
      };
      try {
        const source = body instanceof Readable ? body : Readable.from(body);
        await pipeline(source, counted, fs.createWriteStream(temporary, { mode: 0o600 }));
        await fs.promises.rename(temporary, file);
      } catch (error) {
        await fs.promises.rm(temporary, { force: true });
        throw error;
      }
      return { bytes };
    },
    async get(key, range?: ByteRange) {
      const file = fileOf(key);
      const handle = await fs.promises.open(file, "r").catch((error: NodeJS.ErrnoException) => {
        throw error.code === "ENOENT" ? new BlobNotFound() : error;
      });
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    },
    async delete(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
    async exists(key) {
      return fs.promises.access(fileOf(key)).then(
        () => true,
        () => false,
      );
    },
  };
}
