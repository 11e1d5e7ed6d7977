// The bytes of a content image, from storage (or, for a row `npm run db:migrate` has not moved
// yet, from its old column). Images are re-encoded and bounded on upload, so one is read whole.
import "server-only";
import { blobStorage } from "@/lib/storage/storage";
import { BlobNotFound } from "@/lib/storage/blob-storage";

export type StoredAttachment = { storageKey: string | null; content: Uint8Array | null };

export const ATTACHMENT_BYTES_FIELDS = { storageKey: true, content: true } as const;

export async function attachmentBytes(row: StoredAttachment): Promise<Buffer> {
  if (row.content) return Buffer.from(row.content);
  if (!row.storageKey) throw new BlobNotFound();
  const parts: Buffer[] = [];
  for await (const piece of await blobStorage().get(row.storageKey)) parts.push(Buffer.from(piece as Uint8Array));
  return Buffer.concat(parts);
}

/** A row with its bytes in place of where they are kept. */
export async function withAttachmentBytes<T extends StoredAttachment>(row: T | null): Promise<(Omit<T, "storageKey" | "content"> & { content: Buffer }) | null> {
  if (!row) return null;
  const { storageKey: _key, content: _content, ...rest } = row;
  return { ...rest, content: await attachmentBytes(row) };
}
