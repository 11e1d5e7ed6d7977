// Pictures stored before they were read for text (imageText null) are read the first time
// their item is checked or delivered, outside any transaction (OCR takes a second or two).
// One that still cannot be read keeps null, and its item may not leave (unread-pictures.ts).
import "server-only";
import type { Db } from "@/lib/db/client";
import { ImageTextUnreadable, readImageText } from "@/lib/media/read-image-text";
import { log } from "@/lib/log";
import { ATTACHMENT_BYTES_FIELDS, attachmentBytes } from "./attachment-bytes";

export async function readUnreadPictures(client: Db, itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  // nearly always none: asked without the bytes first
  if ((await client.contentAttachment.count({ where: { itemId: { in: itemIds }, imageText: null } })) === 0) return;
  const rows = await client.contentAttachment.findMany({ where: { itemId: { in: itemIds }, imageText: null }, select: { id: true, ...ATTACHMENT_BYTES_FIELDS } });
  for (const row of rows) {
    try {
      const imageText = await readImageText(await attachmentBytes(row));
      await client.contentAttachment.updateMany({ where: { id: row.id, imageText: null }, data: { imageText } });
    } catch (error) {
      // tesseract missing or failing, or bytes no decoder takes: the picture stays unread, and its item waits
      const reason = error instanceof ImageTextUnreadable ? error.message : error instanceof Error ? error.name : "unknown";
      log("warn", "attachments.picture-unread", { attachmentId: row.id, reason });
    }
  }
}
