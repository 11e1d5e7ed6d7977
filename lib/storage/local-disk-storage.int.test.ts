import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { blobStorageContract } from "@/tests/support/blob-storage-contract";
import { newBlobKey } from "./blob-storage";
import { localDiskStorage } from "./local-disk-storage";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-local-blobs-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("local disk storage", () => {
  blobStorageContract(() => localDiskStorage(root));

  it("names files by key alone, owner-only, with no temporary file left", async () => {
    const key = newBlobKey();
    await localDiskStorage(root).put(key, Readable.from([Buffer.from("abc")]));
    const file = path.join(root, key.slice(0, 2), key.slice(2, 4), key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual([key]);
  });
});
