import { RISK_LABELS } from "@/lib/sources/vocabulary";
import type { SourceDisclosure } from "@/lib/disclosure/assess-item-disclosure";
import styles from "./disclosure.module.css";

/** Per source the item quotes: its score against the threshold, and the budget before, with it, and the limit. */
export function BudgetTable({ sources }: { sources: SourceDisclosure[] }) {
  return (
    <div className="table-wrap">
      <table data-testid="disclosure-budgets">
        <caption className="sr-only">Disclosure by source</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">This item (threshold)</th>
            <th scope="col">Published before</th>
            <th scope="col">With this item</th>
            <th scope="col">Budget</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.sourceId}>
              <th scope="row">
                {s.sourceCode} <span className="muted">· {RISK_LABELS[s.riskLevel]} risk</span>
              </th>
              <td className={s.risk.overThreshold ? styles.over : undefined}>
                {s.risk.score} ({s.risk.threshold})
              </td>
              <td>{s.budget.before}</td>
              <td className={s.budget.crosses ? styles.over : undefined}>{s.budget.with}</td>
              <td>
                {s.budget.limit}
                {s.budget.isDefault ? <span className="muted"> default</span> : <span className="muted"> set by an admin</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
