// Pure: how much a set of facts narrows down to one person, the thresholds an item's
// score is held to, and a source's budget for everything published about it together.
//
// score = the sum, over the kinds revealed, of the narrowest weight of that kind
// (quasi-kinds.ts). The same kind twice adds nothing; each new kind adds its weight,
// which is how "an exact age, a named town, a date and a job" outweighs any one of them.
import type { RiskLevel } from "@/lib/sources/vocabulary";
import { QUASI_KINDS, type Precision, type QuasiFact, type QuasiKind } from "./quasi-kinds";

/** Above this item score a reviewer must acknowledge every finding; at CRITICAL the item is refused. */
export const ACK_THRESHOLD: Record<RiskLevel, number> = { LOW: 8, MEDIUM: 6, HIGH: 4, CRITICAL: 2 };

/** How much the union of a source's published facts may weigh, unless an admin set another budget. */
export const DEFAULT_BUDGET: Record<RiskLevel, number> = { LOW: 14, MEDIUM: 10, HIGH: 7, CRITICAL: 4 };

export type KindScore = { kind: QuasiKind; weight: number; precision: Precision };

export function scoreFacts(facts: readonly QuasiFact[]): { score: number; kinds: KindScore[] } {
  const top = new Map<QuasiKind, KindScore>();
  for (const f of facts) {
    const seen = top.get(f.kind);
    if (!seen || f.weight > seen.weight) top.set(f.kind, { kind: f.kind, weight: f.weight, precision: f.precision });
  }
  const kinds = QUASI_KINDS.flatMap((k) => (top.has(k) ? [top.get(k)!] : []));
  return { score: kinds.reduce((sum, k) => sum + k.weight, 0), kinds };
}

/** One fact per key, at the narrowest precision any list gives it. */
export function unionFacts<F extends QuasiFact>(...lists: readonly (readonly F[])[]): F[] {
  const byKey = new Map<string, F>();
  for (const list of lists) for (const f of list) if ((byKey.get(f.key)?.weight ?? -1) < f.weight) byKey.set(f.key, f);
  return [...byKey.values()];
}

export type ItemRisk = { score: number; threshold: number; kinds: KindScore[]; overThreshold: boolean; refused: boolean };

export function itemRisk(facts: readonly QuasiFact[], riskLevel: RiskLevel): ItemRisk {
  const { score, kinds } = scoreFacts(facts);
  const threshold = ACK_THRESHOLD[riskLevel];
  const overThreshold = score > threshold;
  return { score, threshold, kinds, overThreshold, refused: overThreshold && riskLevel === "CRITICAL" };
}

export function budgetLimit(riskLevel: RiskLevel, override: number | null): { limit: number; isDefault: boolean } {
  return override === null ? { limit: DEFAULT_BUDGET[riskLevel], isDefault: true } : { limit: override, isDefault: false };
}

/** A kind this item reveals more narrowly than the publications do: from 0 when it is new. */
export type KindIncrease = { kind: QuasiKind; from: number; to: number; precision: Precision };

export type BudgetCheck = { limit: number; before: number; with: number; crosses: boolean; increases: KindIncrease[]; beforeKinds: KindScore[] };

/**
 * Crosses when the union with this item weighs more than the limit AND more than the
 * publications alone: an item that reveals nothing new is not what pushed the source over.
 */
export function budgetCheck(published: readonly QuasiFact[], item: readonly QuasiFact[], limit: number): BudgetCheck {
  const before = scoreFacts(published);
  const after = scoreFacts(unionFacts(published, item));
  const was = new Map(before.kinds.map((k) => [k.kind, k.weight]));
  const increases = after.kinds
    .filter((k) => k.weight > (was.get(k.kind) ?? 0))
    .map((k) => ({ kind: k.kind, from: was.get(k.kind) ?? 0, to: k.weight, precision: k.precision }));
  return { limit, before: before.score, with: after.score, crosses: after.score > limit && after.score > before.score, increases, beforeKinds: before.kinds };
}
