// What erasure must find beyond the items that quote a source now: a saved version whose
// pasted passage a later save took out (its detected link went with it, its text did not),
// and internal notes that repeat the testimony (they are never delivered, so never linked).
// Found as the pasted-testimony check finds them — a shared run of eight words — and read
// before the source's shingles are deleted. Every version is read, in batches: erasure is rare.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { indexRedactedText } from "./pasted-testimony/index-testimony";
import { SHINGLE_FORMAT, shinglesOf } from "./pasted-testimony/shingles";
import { openRedactedTexts, SEALED_TEXT_FIELDS } from "@/lib/redaction/sealed-redacted-text";

const BATCH = 500;

function repeats(text: string | null, hashes: ReadonlySet<string>): boolean {
  return text !== null && shinglesOf(text).some((s) => hashes.has(s.hash));
}

export type TextsRepeatingSource = { versionIds: string[]; notesItemIds: string[] };

/** Versions and notes of items other than `exceptItemIds` that repeat the source's approved testimony. */
export async function textsRepeatingSource(tx: Tx, sourceId: string, exceptItemIds: readonly string[]): Promise<TextsRepeatingSource> {
  // This source's texts not yet indexed under the current format are indexed first (only its own).
  const stale = await tx.redactedText.findMany({ where: { sourceId, shingleFormat: { lt: SHINGLE_FORMAT } }, select: { id: true, ...SEALED_TEXT_FIELDS } });
  for (const redacted of await openRedactedTexts(tx, stale)) await indexRedactedText(tx, redacted);
  const hashes = new Set((await tx.testimonyShingle.findMany({ where: { sourceId }, select: { hash: true } })).map((s) => s.hash));
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
