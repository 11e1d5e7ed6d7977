import { useTranslations } from "next-intl";
import { CONTENT_STATES, type Readiness } from "@/lib/campaigns/content-states";
import styles from "./campaigns.module.css";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "2 draft, 1 published"; `t` reads the campaigns.readiness messages. */
export function readinessText(readiness: Readiness, t: Translate): string {
  const total = CONTENT_STATES.reduce((sum, s) => sum + readiness[s], 0);
  if (total === 0) return t("none");
  return CONTENT_STATES.filter((s) => readiness[s] > 0)
    .map((s) => t(s, { count: readiness[s] }))
    .join(t("separator"));
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
  const t = useTranslations("campaigns.readiness");
  const states = useTranslations("content.states");
  return (
    <>
      <ReadinessBar readiness={readiness} />
      <table data-testid="readiness">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("items")}</th>
          </tr>
        </thead>
        <tbody>
          {CONTENT_STATES.map((s) => (
            <tr key={s}>
              <th scope="row">
                <span className={`${styles.swatch} ${styles[`s-${s}`]}`} aria-hidden="true" />
                {states(s)}
              </th>
              <td>{readiness[s]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
