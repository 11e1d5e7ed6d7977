// What erasure must find beyond the items that quote a source now: an item last saved before
// the testimony it repeats was approved (never linked), a saved version whose pasted passage
// a later save took out (its detected link went with it, its text did not), and internal
// notes that repeat the testimony (they are never delivered, so never linked).
// Found as the pasted-testimony check finds them — a shared run of eight words — and read
// before the source's shingles are deleted. Every version is read, in batches: erasure is rare.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { indexRedactedText } from "./pasted-testimony/index-testimony";
import { SHINGLE_FORMAT, shinglesOf } from "./pasted-testimony/shingles";
import { openRedactedTexts, SEALED_TEXT_FIELDS } from "@/lib/redaction/sealed-redacted-text";
import { linkPastedTestimony } from "./pasted-testimony/link-pasted-testimony";

const BATCH = 500;

function repeats(text: string | null, hashes: ReadonlySet<string>): boolean {
  return text !== null && shinglesOf(text).some((s) => hashes.has(s.hash));
}

export type TextsRepeatingSource = { versionIds: string[]; notesItemIds: string[] };

/** The shingle hashes of the source's approved testimony, its texts not yet indexed under the current format indexed first (only its own). */
async function sourceShingleHashes(tx: Tx, sourceId: string): Promise<Set<string>> {
  const stale = await tx.redactedText.findMany({ where: { sourceId, shingleFormat: { lt: SHINGLE_FORMAT } }, select: { id: true, ...SEALED_TEXT_FIELDS } });
  for (const redacted of await openRedactedTexts(tx, stale)) await indexRedactedText(tx, redacted);
  return new Set((await tx.testimonyShingle.findMany({ where: { sourceId }, select: { hash: true } })).map((s) => s.hash));
}

/**
 * Links to the source every item whose current title, body or image texts repeat its testimony
 * but that is not linked because it was last saved before the testimony was approved, so that
 * erasure retires and blanks it like any item quoting the source. Returns how many were linked.
 */
export async function linkItemsRepeatingSource(tx: Tx, sourceId: string): Promise<number> {
  const hashes = await sourceShingleHashes(tx, sourceId);
  // Every change saved as a version after an approval looked the item up against it already
  // (link-pasted-testimony.ts); a retirement saves no version and looks nothing up.
  const latest = await tx.redactedText.aggregate({ where: { sourceId }, _max: { approvedAt: true } });
  const approvedAt = latest._max.approvedAt;
  if (hashes.size === 0 || !approvedAt) return 0;
  let linked = 0;
  for (let cursor: string | undefined; ; ) {
    const items = await tx.contentItem.findMany({
      where: { quotes: { none: { sourceId } }, versions: { none: { createdAt: { gte: approvedAt } } } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, title: true, body: true, attachments: { select: { altText: true, caption: true } } },
    });
    for (const item of items) {
      const texts = [item.title, item.body, ...item.attachments.flatMap((a) => [a.altText, a.caption])];
      if (!texts.some((text) => repeats(text, hashes))) continue;
      await linkPastedTestimony(tx, item.id);
      linked += 1;
    }
    if (items.length < BATCH) return linked;
    cursor = items[items.length - 1]!.id;
  }
}

/** Versions and notes of items other than `exceptItemIds` that repeat the source's approved testimony. */
export async function textsRepeatingSource(tx: Tx, sourceId: string, exceptItemIds: readonly string[]): Promise<TextsRepeatingSource> {
  const hashes = await sourceShingleHashes(tx, sourceId);
  const found: TextsRepeatingSource = { versionIds: [], notesItemIds: [] };
  if (hashes.size === 0) return found;
  for (let cursor: string | undefined; ; ) {
    const versions = await tx.contentVersion.findMany({
      where: { itemId: { notIn: [...exceptItemIds] } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, body: true },
    });
    found.versionIds.push(...versions.filter((v) => repeats(v.body, hashes)).map((v) => v.id));
    if (versions.length < BATCH) break;
    cursor = versions[versions.length - 1]!.id;
  }
  const notes = await tx.contentItem.findMany({ where: { id: { notIn: [...exceptItemIds] }, internalNotes: { not: null } }, select: { id: true, internalNotes: true } });
  found.notesItemIds = notes.filter((item) => repeats(item.internalNotes, hashes)).map((item) => item.id);
  return found;
}
