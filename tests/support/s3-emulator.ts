// A local S3 (s3rver) on a random port, for testing the S3 driver: no S3 server is reachable here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Settings } from "@/lib/storage/s3-storage";

export async function startS3Emulator(): Promise<{ settings: S3Settings; stop: () => Promise<void> }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-s3rver-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: "countervoice-test" }] });
  const { port } = await server.run();
  return {
    // s3rver accepts its documented default credentials (S3RVER / S3RVER)
    settings: { endpoint: `http://127.0.0.1:${port}`, bucket: "countervoice-test", region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true },
    stop: async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
