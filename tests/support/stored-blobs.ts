// The stored bytes of a blob, as they sit in storage (sealed, for testimony media).
import { blobStorage } from "@/lib/storage/storage";

export async function storedBlob(key: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const piece of await blobStorage().get(key)) parts.push(Buffer.from(piece as Uint8Array));
  return Buffer.concat(parts);
}

export async function collect(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const piece of body) parts.push(Buffer.from(piece));
  return Buffer.concat(parts);
}
