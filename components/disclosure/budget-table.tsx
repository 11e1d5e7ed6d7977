import { getTranslations } from "next-intl/server";
import type { SourceDisclosure } from "@/lib/disclosure/assess-item-disclosure";
import styles from "./disclosure.module.css";

/** Per source the item quotes: its score against the threshold, and the budget before, with it, and the limit. */
export async function BudgetTable({ sources }: { sources: SourceDisclosure[] }) {
  const t = await getTranslations("disclosure.table");
  return (
    <div className="table-wrap">
      <table data-testid="disclosure-budgets">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("source")}</th>
            <th scope="col">{t("thisItem")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("withItem")}</th>
            <th scope="col">{t("budget")}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.sourceId}>
              <th scope="row">
                <bdi>{s.sourceCode}</bdi> <span className="muted">· {t("risk", { level: s.riskLevel })}</span>
              </th>
              <td className={s.risk.overThreshold ? styles.over : undefined}>
                {s.risk.score} ({s.risk.threshold})
              </td>
              <td>{s.budget.before}</td>
              <td className={s.budget.crosses ? styles.over : undefined}>{s.budget.with}</td>
              <td>
                {s.budget.limit}
                <span className="muted"> {s.budget.isDefault ? t("default") : t("setByAdmin")}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
