// "What the world can learn about S-0002 from our publications": every fact the source's
// published items reveal, which items reveal it, the budget used, the limit and its history.
import Link from "next/link";
import type { SourceDisclosureView } from "@/lib/disclosure/get-source-disclosure";
import { describeKinds, explainBudgetCrossing } from "@/lib/disclosure/explain-disclosure";
import { KIND_LABELS, PRECISIONS } from "@/lib/disclosure/quasi-kinds";
import { RISK_LABELS } from "@/lib/sources/vocabulary";
import styles from "./disclosure.module.css";

const utc = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16);
const limitText = (budget: number | null) => (budget === null ? "the default" : String(budget));

function ItemRef({ id, title, link }: { id: string; title: string; link: boolean }) {
  return link ? (
    <Link href={`/content/${id}`} dir="auto">
      {title}
    </Link>
  ) : (
    <span dir="auto">{title}</span>
  );
}

export function SourceLedger({ view }: { view: SourceDisclosureView }) {
  const { source } = view;
  return (
    <section className="card" aria-labelledby="ledger-heading" data-testid="disclosure-ledger">
      <h2 id="ledger-heading">What the world can learn about {source.code} from our publications</h2>
      <p className={styles.budgetLine} data-testid="budget-used">
        <strong>
          Budget used: {view.used} of {view.limit}
        </strong>
        <meter min={0} max={Math.max(view.limit, view.used)} value={view.used} aria-label={`Budget used: ${view.used} of ${view.limit}`} />
        <span className="muted">{view.isDefault ? `default for ${RISK_LABELS[source.riskLevel].toLowerCase()} risk` : "set by an admin"}</span>
      </p>
      {view.facts.length === 0 ? (
        <p className="empty">Nothing published about {source.code} reveals a quasi-identifier.</p>
      ) : (
        <>
          <p className="muted">Counted: {describeKinds(view.kinds)}.</p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">Facts revealed about {source.code}</caption>
              <thead>
                <tr>
                  <th scope="col">Fact</th>
                  <th scope="col">Precision (weight)</th>
                  <th scope="col">Revealed by</th>
                </tr>
              </thead>
              <tbody>
                {view.facts.map((f) => (
                  <tr key={f.key} data-testid="ledger-fact">
                    <td>
                      {KIND_LABELS[f.kind]}: <span dir="auto">{f.value}</span>
                    </td>
                    <td>
                      {PRECISIONS[f.precision].label} ({f.weight})
                    </td>
                    <td>
                      {f.items.map((i, n) => (
                        <span key={i.id}>
                          {n > 0 ? ", " : ""}
                          <ItemRef id={i.id} title={i.title} link={view.showsTitles} />
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {view.wouldCross.length > 0 ? (
        <>
          <h3>Waiting items that would cross it</h3>
          <ul data-testid="would-cross">
            {view.wouldCross.map((w) => (
              <li key={w.id}>
                {view.showsTitles ? <ItemRef id={w.id} title={w.title} link /> : <span>An item {w.state === "APPROVED" ? "approved, not yet published" : "in review"}</span>}: {explainBudgetCrossing(source.code, w.check)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Budget changes</h3>
      {view.history.length === 0 ? (
        <p className="muted">Never changed: the budget is the default for the source&apos;s risk level.</p>
      ) : (
        <ul className={styles.history} data-testid="budget-history">
          {view.history.map((h) => (
            <li key={h.id}>
              {utc(h.at)} UTC · {h.changedBy} changed it from {limitText(h.previous)} to {limitText(h.budget)}: <q dir="auto">{h.reason}</q>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
