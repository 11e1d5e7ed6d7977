// An erased source's words must not outlive it in the items that quoted it. Erasure retires
// those items (retire-items-derived-from-source.ts) and, in the same transaction, replaces
// the body of each, and of every one of its saved versions, with a note — whatever the item's
// state, including items retired earlier. Titles and references stay: they are what the
// take-down notices name, and they passed the leak guard. The quote rows keep only offsets
// and ids, so the items are still known to have quoted the source.
import "server-only";
import type { Tx } from "@/lib/db/client";

export const ERASED_SOURCE_BODY = "*This item quoted a source who has since been erased. Its text was removed with the source's data.*";

export async function blankItemsQuotingSource(tx: Tx, sourceId: string): Promise<{ items: number; versions: number }> {
  const itemIds = (await tx.contentItem.findMany({ where: { quotes: { some: { sourceId } } }, select: { id: true } })).map((i) => i.id);
  if (itemIds.length === 0) return { items: 0, versions: 0 };
  const items = await tx.contentItem.updateMany({ where: { id: { in: itemIds } }, data: { body: ERASED_SOURCE_BODY } });
  const versions = await tx.contentVersion.updateMany({ where: { itemId: { in: itemIds } }, data: { body: ERASED_SOURCE_BODY } });
  return { items: items.count, versions: versions.count };
}
