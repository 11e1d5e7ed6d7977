// Which approved testimony an item's own text repeats, from the shingles the two share.
// Pure: the item's texts and the index rows whose hashes they hit in, passages out.
import { shinglesOf, type Shingle } from "./shingles";

/**
 * One shared shingle (eight consecutive words) links the item to the source. A false link
 * costs an editor a consent check that was not needed; a missed one hands a person's words
 * to partners without their consent, and keeps them out after a withdrawal. No unrelated
 * paragraph of the clean corpus shares even one (scripts/bench-pasted-testimony.ts).
 */
export const MIN_SHARED_SHINGLES = 1;

/** A text an editor wrote: `field` as the leak guard names it ("title", "body", "attachment:<id>:caption"), `label` for people. */
export type ItemText = { field: string; label: string; text: string };
/** A row of the index: one shingle of one approved redacted text. */
export type IndexedShingle = { redactedTextId: string; sourceId: string; hash: string; start: number; end: number };
/** A quote picked with the picker: its verbatim text is already linked, so shingles inside it are not detected again. */
export type PickedQuote = { redactedTextId: string; start: number; end: number; usage: string };
/** Where in the item the pasted words stand: a field and, in the body, the paragraph (from 1). */
export type Place = { field: string; label: string; paragraph: number | null };
/** A run of approved testimony found in the item: its range in the redacted text, and where the item repeats it. */
export type PastedPassage = { redactedTextId: string; sourceId: string; start: number; end: number; places: Place[] };
/** A source whose approved testimony the item repeats, and where: what the editor is told. */
export type PastedSource = { sourceId: string; sourceCode: string; places: Place[] };

type ItemShingle = Shingle & { place: Place };

/** Paragraphs of Markdown are parted by a blank line. */
function paragraphAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\n[ \t\r]*\n/g)?.length ?? 0) + 1;
}

/** The shingles of each text, with where each stands. */
export function itemShingles(texts: readonly ItemText[]): ItemShingle[] {
  return texts.flatMap(({ field, label, text }) =>
    shinglesOf(text).map((s) => ({ ...s, place: { field, label, paragraph: field === "body" ? paragraphAt(text, s.start) : null } })),
  );
}

function insidePickedQuote(row: IndexedShingle, picked: readonly PickedQuote[]): boolean {
  return picked.some((q) => q.usage === "VERBATIM" && q.redactedTextId === row.redactedTextId && q.start <= row.start && row.end <= q.end);
}

function addPlace(places: Place[], place: Place): void {
  if (!places.some((p) => p.field === place.field && p.paragraph === place.paragraph)) places.push(place);
}

/**
 * The passages of testimony the item repeats beyond its picked quotes: overlapping or
 * touching shingles of one redacted text merge into one passage. Sources sharing fewer
 * than MIN_SHARED_SHINGLES shingles with the item are left out. Ordered by redacted text and position.
 */
export function matchPastedPassages(item: readonly ItemShingle[], found: readonly IndexedShingle[], picked: readonly PickedQuote[] = []): PastedPassage[] {
  const placesByHash = new Map<string, Place[]>();
  for (const s of item) {
    const places = placesByHash.get(s.hash) ?? [];
    addPlace(places, s.place);
    placesByHash.set(s.hash, places);
  }
  const rows = found.filter((row) => placesByHash.has(row.hash) && !insidePickedQuote(row, picked));
  const sharedBySource = new Map<string, number>();
  for (const row of rows) sharedBySource.set(row.sourceId, (sharedBySource.get(row.sourceId) ?? 0) + 1);
  const kept = rows
    .filter((row) => sharedBySource.get(row.sourceId)! >= MIN_SHARED_SHINGLES)
    .sort((a, b) => a.redactedTextId.localeCompare(b.redactedTextId) || a.start - b.start);
  const passages: PastedPassage[] = [];
  for (const row of kept) {
    const last = passages.at(-1);
    const current = last && last.redactedTextId === row.redactedTextId && row.start <= last.end ? last : undefined;
    const passage = current ?? { redactedTextId: row.redactedTextId, sourceId: row.sourceId, start: row.start, end: row.end, places: [] };
    if (!current) passages.push(passage);
    passage.end = Math.max(passage.end, row.end);
    for (const place of placesByHash.get(row.hash)!) addPlace(passage.places, place);
  }
  for (const p of passages) p.places.sort(byPosition);
  return passages;
}

function byPosition(a: Place, b: Place): number {
  const rank = (p: Place) => (p.field === "title" ? 0 : p.field === "body" ? 1 : 2);
  return rank(a) - rank(b) || (a.paragraph ?? 0) - (b.paragraph ?? 0) || a.field.localeCompare(b.field);
}

/** "the title and paragraphs 2 and 4", for telling the editor where to look. */
export function describePlaces(places: readonly Place[]): string {
  const paragraphs = [...new Set(places.filter((p) => p.paragraph !== null).map((p) => p.paragraph!))].sort((a, b) => a - b);
  const parts = [
    ...places.filter((p) => p.field === "title").map(() => "the title"),
    ...(paragraphs.length > 0 ? [`${paragraphs.length === 1 ? "paragraph" : "paragraphs"} ${listed(paragraphs.map(String))}`] : []),
    ...places.filter((p) => p.field !== "title" && p.paragraph === null).map((p) => p.label.charAt(0).toLowerCase() + p.label.slice(1)),
  ];
  return listed([...new Set(parts)]);
}

function listed(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "Text from S-0002's approved testimony was found in this item (paragraph 2); its consent applies." */
export function pastedSourceNotice(source: PastedSource): string {
  const where = describePlaces(source.places);
  return `Text from ${source.sourceCode}'s approved testimony was found in this item${where ? ` (${where})` : ""}; its consent applies.`;
}
