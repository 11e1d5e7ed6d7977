// The reviewer's view of what an item reveals in combination: each quasi-identifier with
// where it is, the rule or lexicon that found it and its weight; per source the item's
// score and the budget before and with it; and what stands between the item and approval.
import { getTranslations } from "next-intl/server";
import type { ItemDisclosure, ItemFinding } from "@/lib/disclosure/assess-item-disclosure";
import { explainBudgetCrossing, explainItemRisk, type DisclosureTranslate } from "@/lib/disclosure/explain-disclosure";
import { AcknowledgeForm } from "./acknowledge-form";
import { BudgetTable } from "./budget-table";
import { FindingContext } from "./finding-context";
import styles from "./disclosure.module.css";

type Props = { disclosure: ItemDisclosure; language: string; mayAcknowledge: boolean };

function Finding({ finding, fields, language, t }: { finding: ItemFinding; fields: ItemDisclosure["fields"]; language: string; t: DisclosureTranslate }) {
  const text = (field: string) => fields.find((f) => f.field === field);
  return (
    <li className={styles.finding} data-testid="quasi-finding">
      <strong>{t(`kinds.${finding.kind}`)}</strong>: <span dir="auto">{finding.value}</span> —{" "}
      {t("panel.precisionWeight", { precision: t(`precisions.${finding.precision}`), weight: finding.weight })}
      {finding.needsAcknowledgement ? (
        finding.acknowledged ? (
          <> <span className="badge badge-ok">{t("panel.acknowledgedByYou")}</span></>
        ) : (
          <> <span className={`badge ${styles.warn}`}>{t("panel.toAcknowledge")}</span></>
        )
      ) : null}
      <div className={styles.meta}>
        {t("panel.foundBy")} <bdi>{finding.rules.join(", ")}</bdi>
      </div>
      <ul className={styles.occurrences}>
        {finding.occurrences.map((o) => {
          const field = text(o.field);
          return (
            <li key={`${o.field}:${o.start}`}>
              {t("panel.where", { field: field?.label ?? o.field, start: String(o.start), end: String(o.end) })}{" "}
              {field ? <FindingContext text={field.text} occurrence={o} language={language} /> : null}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export async function QuasiFindingsPanel({ disclosure: d, language, mayAcknowledge }: Props) {
  const tr = await getTranslations("disclosure");
  const t: DisclosureTranslate = (key, values) => tr(key, values);
  const toAcknowledge = d.findings.filter((f) => f.needsAcknowledgement);
  const findingLabel = (f: ItemFinding) =>
    t("panel.findingLabel", { kind: t(`kinds.${f.kind}`), value: f.value, precision: t(`precisions.${f.precision}`), weight: f.weight });
  return (
    <section className="card" aria-labelledby="quasi-heading" data-testid="quasi-findings">
      <h2 id="quasi-heading">{t("panel.heading", { count: d.findings.length })}</h2>
      <p className="muted">{t("panel.intro")}</p>
      {d.sources.length === 0 ? <p className="muted">{t("panel.noSource")}</p> : <BudgetTable sources={d.sources} />}
      {d.refused.map((s) => (
        <p key={`refused-${s.sourceId}`} className="alert alert-error" data-testid="disclosure-refused">
          {explainItemRisk(s.sourceCode, s.risk, s.riskLevel, t)} {t("panel.criticalRefused")}
        </p>
      ))}
      {d.crossings.map((s) => (
        <p key={`crossing-${s.sourceId}`} className="alert alert-error" data-testid="budget-crossing">
          {explainBudgetCrossing(s.sourceCode, s.budget, t)}
        </p>
      ))}
      {d.refused.length === 0
        ? d.sources
            .filter((s) => s.risk.overThreshold)
            .map((s) => (
              <p key={`over-${s.sourceId}`} className={`alert ${styles.warn}`}>
                {explainItemRisk(s.sourceCode, s.risk, s.riskLevel, t)} {t("panel.mustAcknowledge")}
              </p>
            ))
        : null}
      {d.findings.length === 0 ? (
        <p className="empty">{t("panel.none")}</p>
      ) : (
        <ul className={styles.findings} aria-label={t("panel.listLabel")}>
          {d.findings.map((f) => (
            <Finding key={f.key} finding={f} fields={d.fields} language={language} t={t} />
          ))}
        </ul>
      )}
      {mayAcknowledge && d.refused.length === 0 && toAcknowledge.length > 0 ? (
        d.missingAcknowledgements.length === 0 ? (
          <p className="alert alert-ok">{t("panel.allAcknowledged", { version: d.version })}</p>
        ) : (
          <AcknowledgeForm itemId={d.itemId} version={d.version} findings={toAcknowledge.map((f) => ({ hash: f.hash, label: findingLabel(f) }))} />
        )
      ) : null}
    </section>
  );
}
