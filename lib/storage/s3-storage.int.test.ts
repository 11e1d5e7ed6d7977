// The S3 driver against s3rver, a local S3 emulator: no S3 server is reachable from here.
import { afterAll, beforeAll, describe } from "vitest";
import { blobStorageContract } from "@/tests/support/blob-storage-contract";
import { startS3Emulator } from "@/tests/support/s3-emulator";
import type { BlobStorage } from "./blob-storage";
import { s3Storage } from "./s3-storage";

let storage: BlobStorage;
let stop: () => Promise<void>;

beforeAll(async () => {
  const emulator = await startS3Emulator();
  storage = s3Storage(emulator.settings);
  stop = emulator.stop;
});
afterAll(() => stop());

describe("S3 storage (against s3rver)", () => {
  blobStorageContract(() => storage);
});
