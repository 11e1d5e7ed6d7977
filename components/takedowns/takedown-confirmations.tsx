// Which organisations were asked to take an item down, and which have confirmed removal.
import { getTranslations } from "next-intl/server";
import type { listTakedowns } from "@/lib/content/list-takedowns";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";

type Row = Awaited<ReturnType<typeof listTakedowns>>["items"][number]["takedowns"][number];

const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

export async function TakedownConfirmations({ title, takedowns }: { title: string; takedowns: Row[] }) {
  const t = await getTranslations("takedowns.requests");
  if (takedowns.length === 0) return <p className="muted">{t("none")}</p>;
  const waiting = takedowns.filter((r) => !r.acknowledgedAt).length;
  return (
    <div className="table-wrap">
      <table data-testid="takedown-requests">
        <caption>
          {t("caption", { confirmed: takedowns.length - waiting, total: takedowns.length })}
          <span className="sr-only"> {t.rich("captionFor", { title, bdi })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.partner")}</th>
            <th scope="col">{t("columns.reason")}</th>
            <th scope="col">{t("columns.asked")}</th>
            <th scope="col">{t("columns.deadline")}</th>
            <th scope="col">{t("columns.removal")}</th>
          </tr>
        </thead>
        <tbody>
          {takedowns.map((r) => (
            <tr key={r.id} data-testid="takedown-request">
              <td>
                <bdi>{r.partner}</bdi>
              </td>
              <td>{t(`reasons.${r.reason}`)}</td>
              <td>{utcMinute(r.createdAt)}</td>
              <td>{utcMinute(r.deadlineAt)}</td>
              <td>
                {r.acknowledgedAt ? (
                  <span className="badge badge-ok">
                    {r.acknowledgedBy
                      ? t.rich("confirmedBy", { when: utcMinute(r.acknowledgedAt), via: r.acknowledgedVia === "API" ? "API" : t("portal"), by: r.acknowledgedBy, bdi })
                      : t("confirmed", { when: utcMinute(r.acknowledgedAt), via: r.acknowledgedVia === "API" ? "API" : t("portal") })}
                  </span>
                ) : r.overdue ? (
                  <span className="badge badge-danger">{t("overdue")}</span>
                ) : (
                  <span className="muted">{t("notYet")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
