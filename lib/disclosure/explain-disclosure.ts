// The sentences reviewers and admins read. They name kinds and weights, never the text of a
// finding, so they are safe in error messages and audit details. `tr` translates keys of the
// "disclosure" namespace: a page passes its getTranslations("disclosure"); without one, the
// language of the request running now (English outside a request).
import "server-only";
import { m, type MessageValues } from "@/lib/i18n/translate";
import type { RiskLevel } from "@/lib/sources/vocabulary";
import type { BudgetCheck, ItemRisk, KindScore } from "./score-disclosure";

export type DisclosureTranslate = (key: string, values?: MessageValues) => string;

const inRequest: DisclosureTranslate = (key, values) => m(`disclosure.${key}`, values);

const kindPart = (k: KindScore, tr: DisclosureTranslate) =>
  tr("explain.kindPart", { kind: tr(`kinds.${k.kind}`), precision: tr(`precisions.${k.precision}`), weight: k.weight });

export function describeKinds(kinds: readonly KindScore[], tr: DisclosureTranslate = inRequest): string {
  return kinds.length === 0 ? tr("explain.nothing") : kinds.map((k) => kindPart(k, tr)).join(", ");
}

export function explainBudgetCrossing(sourceCode: string, check: BudgetCheck, tr: DisclosureTranslate = inRequest): string {
  const added = check.increases
    .map((i) =>
      tr("explain.kindPart", { kind: tr(`kinds.${i.kind}`), precision: tr(`precisions.${i.precision}`), weight: i.from === 0 ? `+${i.to}` : `${i.from}→${i.to}` }),
    )
    .join(", ");
  return tr("explain.budgetCrossing", {
    code: sourceCode,
    beforeKinds: describeKinds(check.beforeKinds, tr),
    before: check.before,
    limit: check.limit,
    withItem: check.with,
    added,
  });
}

export function explainItemRisk(sourceCode: string, risk: ItemRisk, riskLevel: RiskLevel, tr: DisclosureTranslate = inRequest): string {
  return tr("explain.itemRisk", { code: sourceCode, level: riskLevel, kinds: describeKinds(risk.kinds, tr), score: risk.score, threshold: risk.threshold });
}
