// "What the world can learn about S-0002 from our publications": every fact the source's
// published items reveal, which items reveal it, the budget used, the limit and its history.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SourceDisclosureView } from "@/lib/disclosure/get-source-disclosure";
import { describeKinds, explainBudgetCrossing, type DisclosureTranslate } from "@/lib/disclosure/explain-disclosure";
import { bdi } from "@/components/redaction/bdi";
import styles from "./disclosure.module.css";

const utc = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16);

function ItemRef({ id, title, link }: { id: string; title: string; link: boolean }) {
  return link ? (
    <Link href={`/content/${id}`} dir="auto">
      {title}
    </Link>
  ) : (
    <span dir="auto">{title}</span>
  );
}

export async function SourceLedger({ view }: { view: SourceDisclosureView }) {
  const { source } = view;
  const tr = await getTranslations("disclosure");
  const t: DisclosureTranslate = (key, values) => tr(key, values);
  const code = source.code;
  const limitText = (budget: number | null) => (budget === null ? t("ledger.theDefault") : String(budget));
  return (
    <section className="card" aria-labelledby="ledger-heading" data-testid="disclosure-ledger">
      <h2 id="ledger-heading">{tr.rich("ledger.heading", { code, bdi })}</h2>
      <p className={styles.budgetLine} data-testid="budget-used">
        <strong>{t("ledger.used", { used: view.used, limit: view.limit })}</strong>
        <meter min={0} max={Math.max(view.limit, view.used)} value={view.used} aria-label={t("ledger.used", { used: view.used, limit: view.limit })} />
        <span className="muted">{view.isDefault ? t("ledger.defaultFor", { level: source.riskLevel }) : t("ledger.setByAdmin")}</span>
      </p>
      {view.facts.length === 0 ? (
        <p className="empty">{tr.rich("ledger.nothing", { code, bdi })}</p>
      ) : (
        <>
          <p className="muted">{t("ledger.counted", { kinds: describeKinds(view.kinds, t) })}</p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{tr.rich("ledger.caption", { code, bdi })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("ledger.fact")}</th>
                  <th scope="col">{t("ledger.precision")}</th>
                  <th scope="col">{t("ledger.revealedBy")}</th>
                </tr>
              </thead>
              <tbody>
                {view.facts.map((f) => (
                  <tr key={f.key} data-testid="ledger-fact">
                    <td>
                      {t(`kinds.${f.kind}`)}: <span dir="auto">{f.value}</span>
                    </td>
                    <td>
                      {t(`precisions.${f.precision}`)} ({f.weight})
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
          <h3>{t("ledger.wouldCross")}</h3>
          <ul data-testid="would-cross">
            {view.wouldCross.map((w) => (
              <li key={w.id}>
                {view.showsTitles ? <ItemRef id={w.id} title={w.title} link /> : <span>{w.state === "APPROVED" ? t("ledger.anApprovedItem") : t("ledger.anItemInReview")}</span>}:{" "}
                {explainBudgetCrossing(source.code, w.check, t)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t("ledger.changes")}</h3>
      {view.history.length === 0 ? (
        <p className="muted">{t("ledger.neverChanged")}</p>
      ) : (
        <ul className={styles.history} data-testid="budget-history">
          {view.history.map((h) => (
            <li key={h.id}>
              {tr.rich("ledger.change", { at: utc(h.at), who: h.changedBy, from: limitText(h.previous), to: limitText(h.budget), bdi })}: <q dir="auto">{h.reason}</q>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
