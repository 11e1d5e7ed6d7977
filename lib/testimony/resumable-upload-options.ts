// The tus-js-client options of one media upload (app/(staff)/sources/[sourceId]/testimony/new/
// resumable-media.ts). tus-js-client keeps `metadata` in the browser's localStorage with the
// upload's address until the upload succeeds — for an abandoned upload, for good — so it is
// given none: the whole Upload-Metadata header (source id, type and the file's name, which may
// name the source) is written into the creating request alone, where the server seals the name.
// Not split between the two: the browser's XHR appends a second Upload-Metadata to the first
// instead of replacing it, and the server refuses the doubled fields.
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
  return {
    metadata: {},
    onBeforeRequest: (request: HttpRequest) => {
      if (request.getMethod() === "POST") request.setHeader("Upload-Metadata", header({ sourceId, filetype: file.type, filename: file.name }));
    },
  };
}
