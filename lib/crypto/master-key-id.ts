// A master key's public name: 64 bits of HKDF under its own label. It says which key wraps
// a data key or encrypts a backup without revealing anything that helps to guess the key.
import { hkdfSync } from "node:crypto";

export function masterKeyIdOf(key: Uint8Array): string {
  return Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "countervoice master key id v1", 8)).toString("hex");
}
