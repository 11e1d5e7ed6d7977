// The S3-compatible driver (AWS S3, MinIO, Ceph, R2…). Uploads are multipart and streamed
// (@aws-sdk/lib-storage), so a 2 GB video never sits in memory; S3 shows an object only once
// its upload completes, which makes a put whole or nothing like the local driver's rename.
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertBlobKey, BlobNotFound, type BlobStorage } from "./blob-storage";

export type S3Settings = {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

const missing = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404);

export function s3Storage(settings: S3Settings): BlobStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  });
  const Bucket = settings.bucket;
  return {
    async put(key, body) {
      let bytes = 0;
      const counted = Readable.from(
        (async function* () {
          for await (const piece of body) {
            bytes += piece.length;
            yield piece;
          }
        })(),
      );
      await new Upload({ client, params: { Bucket, Key: assertBlobKey(key), Body: counted }, queueSize: 2, partSize: 8 * 1024 * 1024 }).done();
      return { bytes };
    },
    async get(key, range) {
      try {
        const result = await client.send(
          new GetObjectCommand({ Bucket, Key: assertBlobKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        );
        if (!(result.Body instanceof Readable)) throw new Error("The S3 response has no body stream");
        return result.Body;
      } catch (error) {
        throw missing(error) ? new BlobNotFound() : error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: assertBlobKey(key) }));
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: assertBlobKey(key) }));
        return true;
      } catch (error) {
        if (missing(error)) return false;
        throw error;
      }
    },
  };
}
