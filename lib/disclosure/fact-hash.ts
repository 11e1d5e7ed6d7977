// Acknowledgements and forms name a fact by a hash of its key, never by its text.
import { createHash } from "node:crypto";

export function factHash(key: string): string {
  return createHash("sha256").update(`disclosure-fact:${key}`).digest("hex").slice(0, 32);
}
