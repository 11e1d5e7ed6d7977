// The reviewer's view of what an item reveals in combination: each quasi-identifier with
// where it is, the rule or lexicon that found it and its weight; per source the item's
// score and the budget before and with it; and what stands between the item and approval.
import type { ItemDisclosure, ItemFinding } from "@/lib/disclosure/assess-item-disclosure";
import { explainBudgetCrossing, explainItemRisk } from "@/lib/disclosure/explain-disclosure";
import { KIND_LABELS, PRECISIONS } from "@/lib/disclosure/quasi-kinds";
import { RISK_LABELS } from "@/lib/sources/vocabulary";
import { AcknowledgeForm } from "./acknowledge-form";
import { BudgetTable } from "./budget-table";
import { FindingContext } from "./finding-context";
import styles from "./disclosure.module.css";

type Props = { disclosure: ItemDisclosure; language: string; mayAcknowledge: boolean };

const findingLabel = (f: ItemFinding) => `${KIND_LABELS[f.kind]} “${f.value}” (${PRECISIONS[f.precision].label}, weight ${f.weight})`;

function Finding({ finding, fields, language }: { finding: ItemFinding; fields: ItemDisclosure["fields"]; language: string }) {
  const text = (field: string) => fields.find((f) => f.field === field);
  return (
    <li className={styles.finding} data-testid="quasi-finding">
      <strong>{KIND_LABELS[finding.kind]}</strong>: <span dir="auto">{finding.value}</span> — {PRECISIONS[finding.precision].label}, weight {finding.weight}
      {finding.needsAcknowledgement ? (
        finding.acknowledged ? (
          <> <span className="badge badge-ok">acknowledged by you</span></>
        ) : (
          <> <span className={`badge ${styles.warn}`}>to acknowledge</span></>
        )
      ) : null}
      <div className={styles.meta}>Found by {finding.rules.join(", ")}</div>
      <ul className={styles.occurrences}>
        {finding.occurrences.map((o) => {
          const field = text(o.field);
          return (
            <li key={`${o.field}:${o.start}`}>
              {field?.label ?? o.field}, characters {o.start}–{o.end}: {field ? <FindingContext text={field.text} occurrence={o} language={language} /> : null}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function QuasiFindingsPanel({ disclosure: d, language, mayAcknowledge }: Props) {
  const toAcknowledge = d.findings.filter((f) => f.needsAcknowledgement);
  return (
    <section className="card" aria-labelledby="quasi-heading" data-testid="quasi-findings">
      <h2 id="quasi-heading">Quasi-identifiers ({d.findings.length})</h2>
      <p className="muted">
        Facts that identify a person in combination: ages, dates, places, roles, units, relatives, origins, distinctive marks. Each kind counts once, at its
        narrowest; the score is the sum. Riskier sources have lower thresholds, and everything published about a source together must stay within its budget.
      </p>
      {d.sources.length === 0 ? <p className="muted">This item quotes no source yet, so no threshold or budget applies.</p> : <BudgetTable sources={d.sources} />}
      {d.refused.map((s) => (
        <p key={`refused-${s.sourceId}`} className="alert alert-error" data-testid="disclosure-refused">
          {explainItemRisk(s.sourceCode, s.risk, RISK_LABELS[s.riskLevel])} A source at critical risk gets nothing above its threshold: generalise or remove, or send the item back.
        </p>
      ))}
      {d.crossings.map((s) => (
        <p key={`crossing-${s.sourceId}`} className="alert alert-error" data-testid="budget-crossing">
          {explainBudgetCrossing(s.sourceCode, s.budget)}
        </p>
      ))}
      {d.refused.length === 0
        ? d.sources
            .filter((s) => s.risk.overThreshold)
            .map((s) => (
              <p key={`over-${s.sourceId}`} className={`alert ${styles.warn}`}>
                {explainItemRisk(s.sourceCode, s.risk, RISK_LABELS[s.riskLevel])} A reviewer must acknowledge each finding before approving, or send the item back.
              </p>
            ))
        : null}
      {d.findings.length === 0 ? (
        <p className="empty">No quasi-identifiers found.</p>
      ) : (
        <ul className={styles.findings} aria-label="Quasi-identifiers found">
          {d.findings.map((f) => (
            <Finding key={f.key} finding={f} fields={d.fields} language={language} />
          ))}
        </ul>
      )}
      {mayAcknowledge && d.refused.length === 0 && toAcknowledge.length > 0 ? (
        d.missingAcknowledgements.length === 0 ? (
          <p className="alert alert-ok">You acknowledged every finding of version {d.version}.</p>
        ) : (
          <AcknowledgeForm itemId={d.itemId} version={d.version} findings={toAcknowledge.map((f) => ({ hash: f.hash, label: findingLabel(f) }))} />
        )
      ) : null}
    </section>
  );
}
