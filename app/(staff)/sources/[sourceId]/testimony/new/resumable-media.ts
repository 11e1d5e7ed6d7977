"use client";
// Sends one media file through /api/uploads (tus) before the form is submitted, so a large
// video survives a network drop: tus-js-client retries, then continues from the offset the
// server reports. An upload cut off for good resumes when the form is sent again, even after a
// reload: the browser remembers it under a hash of the file's details (never its name, see
// lib/testimony/resumable-upload-options.ts).
import { Upload } from "tus-js-client";
import { resumableUploadMetadata } from "@/lib/testimony/resumable-upload-options";

const UPLOADS_PATH = "/api/uploads";

async function fingerprint(file: File): Promise<string> {
  const details = new TextEncoder().encode([file.name, file.type, file.size, file.lastModified].join("\u0000"));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", details));
  return `countervoice-media-${Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Resolves with the upload's id once the server has every byte (sealed in storage). */
export function uploadMediaFile(file: File, sourceId: string, onProgress: (sent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(file, {
      endpoint: UPLOADS_PATH,
      // Progress is recorded every 8 MiB at the latest, so little is sent twice after a drop.
      chunkSize: 8 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      // the file name goes with the creating request only, never into localStorage
      ...resumableUploadMetadata(file, sourceId),
      fingerprint: (f: File) => fingerprint(f),
      removeFingerprintOnSuccess: true,
      onProgress: (sent) => onProgress(sent),
      onError: (error) => reject(error),
      onSuccess: () => {
        const id = upload.url?.split("/").pop();
        if (id) resolve(id);
        else reject(new Error("The server did not name the upload."));
      },
    });
    upload
      .findPreviousUploads()
      .then((previous) => {
        if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
        upload.start();
      })
      .catch(reject);
  });
}
