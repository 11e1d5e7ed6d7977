// What the world can learn about each source from our PUBLISHED items, computed from the
// items on every call (nothing stored, so nothing goes stale): retiring an item frees its share.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { disclosureLedger, type Ledger } from "./disclosure-ledger";
import { findingsAbout, findQuasiIdentifiers } from "./find-quasi-identifiers";
import { loadScannedItems } from "./scanned-items";

/** One ledger per source id, each item scanned once however many sources it quotes. */
export async function publishedLedgers(client: Db | Tx, sourceIds: readonly string[], exceptItemId?: string): Promise<Map<string, Ledger>> {
  const items = sourceIds.length === 0 ? [] : await loadScannedItems(client, { state: "PUBLISHED", quotes: { some: { sourceId: { in: [...sourceIds] } } }, ...(exceptItemId ? { id: { not: exceptItemId } } : {}) });
  const scanned = items.map((item) => ({ item, findings: findQuasiIdentifiers(item.fields) }));
  return new Map(
    sourceIds.map((sourceId) => [
      sourceId,
      disclosureLedger(scanned.filter(({ item }) => item.sourceIds.includes(sourceId)).map(({ item, findings }) => ({ id: item.id, title: item.title, state: item.state, facts: findingsAbout(findings, sourceId) }))),
    ]),
  );
}
