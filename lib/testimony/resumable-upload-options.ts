// The tus-js-client options of one media upload (app/(staff)/sources/[sourceId]/testimony/new/
// resumable-media.ts). tus-js-client keeps `metadata` in the browser's localStorage with the
// upload's address until the upload succeeds — for an abandoned upload, for good — so it holds
// only the source's id and the type. The file's name (which may name the source) is added to
// the creating request alone, where the server seals it.
import type { HttpRequest, UploadOptions } from "tus-js-client";

function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const header = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${base64(value)}`)
    .join(",");

export function resumableUploadMetadata(file: { name: string; type: string }, sourceId: string): Pick<UploadOptions, "metadata" | "onBeforeRequest"> {
  const stored = { sourceId, filetype: file.type };
  return {
    metadata: stored,
    onBeforeRequest: (request: HttpRequest) => {
      if (request.getMethod() === "POST") request.setHeader("Upload-Metadata", header({ ...stored, filename: file.name }));
    },
  };
}
