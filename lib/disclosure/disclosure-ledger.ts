// Pure: what the world can learn about one source from our publications — the union of
// the facts of its PUBLISHED items, each with the items that reveal it. Computed from the
// items every time, so retiring or withdrawing an item frees its share at once.
import type { ContentState } from "@/lib/content/content-states";
import type { QuasiFact } from "./quasi-kinds";
import { scoreFacts, type KindScore } from "./score-disclosure";

export type LedgerItem = { id: string; title: string; state: ContentState | string; facts: readonly QuasiFact[] };
export type LedgerFact = QuasiFact & { items: { id: string; title: string }[] };
export type Ledger = { facts: LedgerFact[]; score: number; kinds: KindScore[] };

export function disclosureLedger(items: readonly LedgerItem[]): Ledger {
  const byKey = new Map<string, LedgerFact>();
  for (const item of items) {
    if (item.state !== "PUBLISHED") continue;
    for (const fact of item.facts) {
      const seen = byKey.get(fact.key);
      if (!seen) {
        byKey.set(fact.key, { ...fact, items: [{ id: item.id, title: item.title }] });
        continue;
      }
      if (!seen.items.some((i) => i.id === item.id)) seen.items.push({ id: item.id, title: item.title });
      if (fact.weight > seen.weight) Object.assign(seen, { precision: fact.precision, weight: fact.weight });
    }
  }
  const facts = [...byKey.values()].sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
  return { facts, ...scoreFacts(facts) };
}
