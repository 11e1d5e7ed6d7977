import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listErasureOverview } from "@/lib/sources/list-erasure-overview";
import { PageParam } from "@/lib/pagination";
import { RiskBadge } from "@/components/ui/risk-badge";
import { Pager } from "@/components/ui/pager";
import { EraseSourceForm } from "@/components/erasure/erase-source-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.erasure"))("title") };
}

export default async function ErasurePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("sources:erase");
  const [t, overview] = await Promise.all([getTranslations("admin.erasure"), listErasureOverview(admin, PageParam.parse((await searchParams).page))]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t.rich("backups", { command: (chunks) => <code>{chunks}</code> })}</p>
      {overview.total === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.source")}</th>
                <th scope="col">{t("columns.risk")}</th>
                <th scope="col">{t("columns.holds")}</th>
                <th scope="col">{t("columns.erasure")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.items.map((s) => (
                <tr key={s.id} data-testid={`erasure-${s.code}`}>
                  <th scope="row">{s.code}</th>
                  <td>
                    <RiskBadge level={s.riskLevel} />
                  </td>
                  <td>{s.erased ? <span className="muted">{t("nothing")}</span> : t("holds", { testimonies: s.testimonies, entries: s.dictionaryEntries, items: s.quotingItems })}</td>
                  <td>
                    {s.erased ? (
                      <>
                        {t.rich("erasedOn", { date: s.erased.at.toISOString().slice(0, 10), by: s.erased.by, bdi: (chunks) => <bdi>{chunks}</bdi> })}{" "}
                        <span dir="auto" data-user-content>
                          {s.erased.reason}
                        </span>
                        {s.erased.backupsCanOpen ? <p className="muted">{t("backupsCanOpen")}</p> : null}
                      </>
                    ) : (
                      <details>
                        <summary>{t("eraseSummary", { code: s.code })}</summary>
                        <EraseSourceForm sourceId={s.id} sourceCode={s.code} />
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/admin/erasure" page={overview.page} pageCount={overview.pageCount} />
    </>
  );
}
