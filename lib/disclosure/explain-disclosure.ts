// Pure: the sentences reviewers and admins read. They name kinds and weights, never the
// text of a finding, so they are safe in error messages and audit details.
import { KIND_LABELS, PRECISIONS } from "./quasi-kinds";
import type { BudgetCheck, ItemRisk, KindScore } from "./score-disclosure";

const kindPart = (k: KindScore) => `${KIND_LABELS[k.kind]} (${PRECISIONS[k.precision].label}, ${k.weight})`;

export function describeKinds(kinds: readonly KindScore[]): string {
  return kinds.length === 0 ? "nothing" : kinds.map(kindPart).join(", ");
}

export function explainBudgetCrossing(sourceCode: string, check: BudgetCheck): string {
  const added = check.increases.map((i) => `${KIND_LABELS[i.kind]} (${PRECISIONS[i.precision].label}, ${i.from === 0 ? `+${i.to}` : `${i.from}→${i.to}`})`).join(", ");
  return (
    `Source ${sourceCode}: together with what is already published (${describeKinds(check.beforeKinds)}; ${check.before} of ${check.limit}), ` +
    `this item would reveal ${check.with}, over the disclosure budget of ${check.limit}. It adds ${added}.`
  );
}

export function explainItemRisk(sourceCode: string, risk: ItemRisk, riskLabel: string): string {
  return `Source ${sourceCode} (${riskLabel} risk): this item reveals ${describeKinds(risk.kinds)}, a score of ${risk.score} above the threshold of ${risk.threshold}.`;
}
