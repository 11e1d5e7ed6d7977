import { createHash } from "node:crypto";

/** Approval is pinned to this: any change to the redacted text changes it. */
export function redactionHash(redactedText: string): string {
  return createHash("sha256").update(redactedText, "utf8").digest("hex");
}
