// Red-team finding: tus-js-client stores an upload's metadata in localStorage; the file's name
// (which may name the source) must reach only the creating request.
import { describe, expect, it } from "vitest";
import type { HttpRequest } from "tus-js-client";
import { resumableUploadMetadata } from "./resumable-upload-options";

const file = { name: "Interview Karim Haddad – Raqqa.mp4", type: "video/mp4" };

function request(method: string) {
  const headers = new Map<string, string>();
  return { headers, req: { getMethod: () => method, setHeader: (k: string, v: string) => headers.set(k, v) } as unknown as HttpRequest };
}

describe("resumable upload metadata", () => {
  it("keeps the file's name out of what the browser stores", () => {
    const options = resumableUploadMetadata(file, "source-1");
    // nothing at all: tus-js-client would also send it as a second Upload-Metadata, which the
    // browser appends to ours rather than replacing
    expect(options.metadata).toEqual({});
  });

  it("sends the name, UTF-8 in base64, only when creating the upload", async () => {
    const { onBeforeRequest } = resumableUploadMetadata(file, "source-1");
    const post = request("POST");
    await onBeforeRequest!(post.req);
    const fields = Object.fromEntries(post.headers.get("Upload-Metadata")!.split(",").map((pair) => pair.split(" ")).map(([k, v]) => [k, Buffer.from(v!, "base64").toString("utf8")]));
    expect(fields).toEqual({ sourceId: "source-1", filetype: "video/mp4", filename: file.name });
    const patch = request("PATCH");
    await onBeforeRequest!(patch.req);
    expect(patch.headers.size).toBe(0);
  });
});
