import { CONTENT_STATE_LABELS, CONTENT_STATES, type Readiness } from "@/lib/campaigns/content-states";
import styles from "./campaigns.module.css";

export function readinessText(readiness: Readiness): string {
  const total = CONTENT_STATES.reduce((sum, s) => sum + readiness[s], 0);
  if (total === 0) return "No items";
  return CONTENT_STATES.filter((s) => readiness[s] > 0)
    .map((s) => `${readiness[s]} ${CONTENT_STATE_LABELS[s].toLowerCase()}`)
    .join(", ");
}

/** A stacked bar; the text beside it (or the table) carries the same information for screen readers. */
export function ReadinessBar({ readiness }: { readiness: Readiness }) {
  const total = CONTENT_STATES.reduce((sum, s) => sum + readiness[s], 0);
  return (
    <div className={styles.bar} aria-hidden="true">
      {total === 0
        ? null
        : CONTENT_STATES.filter((s) => readiness[s] > 0).map((s) => <span key={s} className={styles[`s-${s}`]} style={{ width: `${(readiness[s] / total) * 100}%` }} />)}
    </div>
  );
}

export function ReadinessTable({ readiness }: { readiness: Readiness }) {
  return (
    <>
      <ReadinessBar readiness={readiness} />
      <table data-testid="readiness">
        <caption className="sr-only">Items per state</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Items</th>
          </tr>
        </thead>
        <tbody>
          {CONTENT_STATES.map((s) => (
            <tr key={s}>
              <th scope="row">
                <span className={`${styles.swatch} ${styles[`s-${s}`]}`} aria-hidden="true" />
                {CONTENT_STATE_LABELS[s]}
              </th>
              <td>{readiness[s]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
