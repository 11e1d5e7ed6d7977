// The configured blob store (STORAGE_DRIVER), made once per environment.
import "server-only";
import path from "node:path";
import { env, type Env } from "@/lib/env";
import type { BlobStorage } from "./blob-storage";
import { localDiskStorage } from "./local-disk-storage";
import { s3Storage } from "./s3-storage";

let cached: { from: Env; storage: BlobStorage } | undefined;
let override: BlobStorage | undefined;

/** The local driver's directory (also where resumable uploads are staged, under "incoming"). */
export function localStorageDir(e: Env = env()): string {
  return path.resolve(e.STORAGE_DIR ?? path.join(e.DATA_DIR, "blobs"));
}

export function storageFor(e: Env): BlobStorage {
  if (e.STORAGE_DRIVER === "local") return localDiskStorage(localStorageDir(e));
  return s3Storage({
    endpoint: e.S3_ENDPOINT,
    bucket: e.S3_BUCKET!,
    region: e.S3_REGION,
    accessKeyId: e.S3_ACCESS_KEY_ID!,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === "1",
  });
}

export function blobStorage(): BlobStorage {
  if (override) return override;
  const e = env();
  if (cached?.from !== e) cached = { from: e, storage: storageFor(e) };
  return cached.storage;
}

/** Tests: run against another store (an S3 emulator, a store that fails). */
export function useBlobStorage(storage: BlobStorage | undefined): void {
  override = storage;
}
