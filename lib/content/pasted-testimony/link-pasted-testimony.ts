// Testimony pasted or typed into an item without the quote picker is linked to its source
// as if quoted: a ContentQuote with `detected: true` for each passage of approved testimony
// the item repeats. The consent check and a withdrawal's retirement read those links like
// picked ones. Runs inside the transaction of every command that changes or advances an item.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { releasableFields } from "../leak-guard";
import { indexStaleTestimony } from "./index-testimony";
import { itemShingles, matchPastedPassages, type ItemText, type PastedPassage, type PastedSource } from "./match-passages";

export { pastedSourceNotice, type PastedSource } from "./match-passages";

/** The passages of approved testimony the item's title, body and attachment texts repeat beyond its picked quotes. */
export async function findPastedTestimony(client: Db | Tx, itemId: string): Promise<PastedPassage[]> {
  const fields = await releasableFields(client, itemId);
  const shingles = itemShingles(fields);
  if (shingles.length === 0) return [];
  const hashes = [...new Set(shingles.map((s) => s.hash))];
  const [found, picked] = [
    // One query, however long the item: the hashes go as one array parameter.
    await client.$queryRaw<{ redactedTextId: string; sourceId: string; hash: string; start: number; end: number }[]>`
      SELECT "redactedTextId", "sourceId", "hash", "start", "end" FROM "TestimonyShingle" WHERE "hash" = ANY(${hashes}::text[])`,
    await client.contentQuote.findMany({ where: { itemId, detected: false }, select: { redactedTextId: true, start: true, end: true, usage: true } }),
  ];
  return matchPastedPassages(shingles, found, picked);
}

/**
 * Where the item repeats the texts it is already linked to: what the item page shows beside
 * each detected link. The links were made by the last command that changed the item, so
 * only those texts' shingles are read (by their key, a bounded number), not every testimony
 * sharing a common phrase with the item, as finding new links must.
 */
export async function placesOfLinkedTestimony(client: Db | Tx, itemId: string, fields: readonly ItemText[], linkedTextIds: readonly string[]): Promise<PastedPassage[]> {
  if (linkedTextIds.length === 0) return [];
  // Read by the primary key: on the hash index a phrase common to thousands of testimonies
  // costs thousands of rows, and the planner may pick it for the hashes.
  const shingles = itemShingles(fields);
  if (shingles.length === 0) return [];
  const hashes = [...new Set(shingles.map((s) => s.hash))];
  const [found, picked] = [
    await client.$queryRaw<{ redactedTextId: string; sourceId: string; hash: string; start: number; end: number }[]>`
      WITH linked AS MATERIALIZED (
        SELECT "redactedTextId", "sourceId", "hash", "start", "end" FROM "TestimonyShingle" WHERE "redactedTextId" = ANY(${[...new Set(linkedTextIds)]}::text[])
      )
      SELECT * FROM linked WHERE "hash" = ANY(${hashes}::text[])`,
    await client.contentQuote.findMany({ where: { itemId, detected: false }, select: { redactedTextId: true, start: true, end: true, usage: true } }),
  ];
  return matchPastedPassages(shingles, found, picked);
}

/** Makes the item's detected links match what it repeats now; returns the sources found, in code order. */
export async function linkPastedTestimony(tx: Tx, itemId: string): Promise<PastedSource[]> {
  await indexStaleTestimony(tx);
  const passages = await findPastedTestimony(tx, itemId);
  const key = (q: { redactedTextId: string; start: number; end: number }) => `${q.redactedTextId}:${q.start}:${q.end}`;
  const wanted = new Map(passages.map((p) => [key(p), p]));
  const existing = await tx.contentQuote.findMany({ where: { itemId, detected: true }, select: { id: true, redactedTextId: true, start: true, end: true } });
  const stale = existing.filter((q) => !wanted.has(key(q))).map((q) => q.id);
  if (stale.length > 0) await tx.contentQuote.deleteMany({ where: { id: { in: stale } } });
  const kept = new Set(existing.map(key));
  const added = passages.filter((p) => !kept.has(key(p)));
  if (added.length > 0) {
    await tx.contentQuote.createMany({ data: added.map((p) => ({ itemId, redactedTextId: p.redactedTextId, sourceId: p.sourceId, start: p.start, end: p.end, usage: "VERBATIM", detected: true })) });
  }
  return pastedSources(tx, passages);
}

/** Passages grouped by source, with the source's code (never its identity). */
export async function pastedSources(client: Db | Tx, passages: readonly PastedPassage[]): Promise<PastedSource[]> {
  if (passages.length === 0) return [];
  const codes = new Map((await client.source.findMany({ where: { id: { in: [...new Set(passages.map((p) => p.sourceId))] } }, select: { id: true, code: true } })).map((s) => [s.id, s.code]));
  const bySource = new Map<string, PastedSource>();
  for (const p of passages) {
    const entry = bySource.get(p.sourceId) ?? { sourceId: p.sourceId, sourceCode: codes.get(p.sourceId) ?? "?", places: [] };
    for (const place of p.places) if (!entry.places.some((q) => q.field === place.field && q.paragraph === place.paragraph)) entry.places.push(place);
    bySource.set(p.sourceId, entry);
  }
  return [...bySource.values()].sort((a, b) => a.sourceCode.localeCompare(b.sourceCode));
}
