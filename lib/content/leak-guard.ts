// Refuses to let an item out while any of its text fields contains an entry (or a
// variant) of ANY source's dictionary, or a direct identifier the detector found with evidence.
// Hits carry field and position only; messages never repeat the identifier.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { matchDictionary, type DictionaryEntry, type IdentifierType } from "@/lib/redaction/detector";
import { isEverydayArabicWord } from "./everyday-arabic-words";
import { readSourceDictionary } from "@/lib/sources/read-source-dictionary";
import { directIdentifierSpans } from "@/lib/leak-guard/direct-identifiers";

export type LeakHit = { field: string; start: number; end: number; type: string; fromDictionary: boolean };
export type CheckedField = { field: string; label: string; text: string };

const SOURCE_PAGE = 100;

export class ReleaseBlocked extends DomainError {}

/** The text fields a partner would receive: title, body, and each attachment's name and image text. */
export async function releasableFields(client: Db | Tx, itemId: string): Promise<CheckedField[]> {
  const item = await client.contentItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { title: true, body: true, attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, altText: true, caption: true } } },
  });
  const fields: CheckedField[] = [
    { field: "title", label: "Title", text: item.title },
    { field: "body", label: "Body", text: item.body },
  ];
  item.attachments.forEach((a, i) => {
    fields.push({ field: `attachment:${a.id}:fileName`, label: `Attachment ${i + 1} file name`, text: a.fileName });
    if (a.altText) fields.push({ field: `attachment:${a.id}:altText`, label: `Attachment ${i + 1} alt text`, text: a.altText });
    if (a.caption) fields.push({ field: `attachment:${a.id}:caption`, label: `Attachment ${i + 1} caption`, text: a.caption });
  });
  return fields;
}

function dictionaryHits(fields: CheckedField[], entries: DictionaryEntry[]): LeakHit[] {
  if (entries.length === 0) return [];
  return fields.flatMap((f) =>
    matchDictionary(f.text, entries)
      .filter((s) => !isEverydayArabicWord(f.text.slice(s.start, s.end), entries))
      .map((s) => ({ field: f.field, start: s.start, end: s.end, type: s.type, fromDictionary: true })),
  );
}

/** Direct identifiers with evidence only (see direct-identifiers.ts): not every capitalised word. */
function detectorHits(fields: CheckedField[]): LeakHit[] {
  return fields.flatMap((f) => directIdentifierSpans(f.text).map((s) => ({ field: f.field, start: s.start, end: s.end, type: s.type, fromDictionary: false })));
}

/**
 * Dictionaries are read a page of sources at a time and dropped after use; nothing is cached.
 * So every check (and every view of an item in review) decrypts every source's dictionary:
 * cheap at tens of sources, worth an index of entry keys if there are thousands.
 */
export async function findLeaks(client: Db | Tx, fields: CheckedField[]): Promise<LeakHit[]> {
  const hits: LeakHit[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await client.source.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: SOURCE_PAGE, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) });
    for (const source of page) {
      const entries = await readSourceDictionary(client, source.id);
      hits.push(...dictionaryHits(fields, entries.map((e) => ({ text: e.text, type: e.type as IdentifierType, variants: e.variants }))));
    }
    if (page.length < SOURCE_PAGE) break;
    cursor = page[page.length - 1]!.id;
  }
  hits.push(...detectorHits(fields));
  return dedupe(hits);
}

function dedupe(hits: LeakHit[]): LeakHit[] {
  const byRange = new Map<string, LeakHit>();
  for (const hit of hits) {
    const key = `${hit.field}:${hit.start}:${hit.end}`;
    const seen = byRange.get(key);
    if (!seen || (hit.fromDictionary && !seen.fromDictionary)) byRange.set(key, hit);
  }
  return [...byRange.values()].sort((a, b) => a.field.localeCompare(b.field) || a.start - b.start);
}

/** "Body: source dictionary entry (PERSON) at 12–24" — never the text itself. */
export function describeHit(hit: LeakHit, fields: CheckedField[]): string {
  const label = fields.find((f) => f.field === hit.field)?.label ?? hit.field;
  return `${label}: ${hit.fromDictionary ? "source dictionary entry" : "direct identifier"} (${hit.type}) at ${hit.start}–${hit.end}`;
}

export async function assertNoLeaks(client: Db | Tx, itemId: string, verb: "approved" | "published"): Promise<void> {
  const fields = await releasableFields(client, itemId);
  const hits = await findLeaks(client, fields);
  if (hits.length === 0) return;
  const listed = hits.slice(0, 10).map((h) => describeHit(h, fields)).join("; ");
  const more = hits.length > 10 ? `; and ${hits.length - 10} more` : "";
  throw new ReleaseBlocked(`This item cannot be ${verb}: it may identify a source. Remove or generalise: ${listed}${more}.`);
}
