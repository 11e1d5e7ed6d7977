// An erased source's words must not outlive it in the items that quoted it. Erasure retires
// those items (retire-items-derived-from-source.ts) and, in the same transaction, replaces
// the body of each, and of every one of its saved versions, with a note — whatever the item's
// state, including items retired earlier — and clears their internal notes, image alt texts
// and captions, and comments, which may repeat the quote too. Any other item's version or
// notes that repeat the testimony (a pasted passage edited out later) are blanked as well
// (texts-repeating-source.ts). Titles and references stay: they are what the take-down
// notices name, and they passed the leak guard. The quote rows keep only offsets and ids,
// so the items are still known to have quoted the source.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { textsRepeatingSource } from "./texts-repeating-source";

export const ERASED_SOURCE_BODY = "*This item quoted a source who has since been erased. Its text was removed with the source's data.*";
export const ERASED_SOURCE_COMMENT = "*Removed: this comment was on an item that quoted a source who has since been erased.*";

export async function blankItemsQuotingSource(tx: Tx, sourceId: string): Promise<{ items: number; versions: number }> {
  const itemIds = (await tx.contentItem.findMany({ where: { quotes: { some: { sourceId } } }, select: { id: true } })).map((i) => i.id);
  // Read before anything of the source is deleted: its shingles are how the words are recognised.
  const elsewhere = await textsRepeatingSource(tx, sourceId, itemIds);
  let items = 0;
  let versions = 0;
  if (itemIds.length > 0) {
    items = (await tx.contentItem.updateMany({ where: { id: { in: itemIds } }, data: { body: ERASED_SOURCE_BODY, internalNotes: null } })).count;
    versions = (await tx.contentVersion.updateMany({ where: { itemId: { in: itemIds } }, data: { body: ERASED_SOURCE_BODY } })).count;
    await tx.contentAttachment.updateMany({ where: { itemId: { in: itemIds } }, data: { altText: null, caption: null } });
    await tx.contentComment.updateMany({ where: { itemId: { in: itemIds } }, data: { body: ERASED_SOURCE_COMMENT } });
  }
  if (elsewhere.versionIds.length > 0) versions += (await tx.contentVersion.updateMany({ where: { id: { in: elsewhere.versionIds } }, data: { body: ERASED_SOURCE_BODY } })).count;
  if (elsewhere.notesItemIds.length > 0) await tx.contentItem.updateMany({ where: { id: { in: elsewhere.notesItemIds } }, data: { internalNotes: null } });
  return { items, versions };
}
