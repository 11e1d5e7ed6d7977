import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listSourceBudgets } from "@/lib/disclosure/list-source-budgets";
import { PageParam } from "@/lib/pagination";
import { RiskBadge } from "@/components/ui/risk-badge";
import { Pager } from "@/components/ui/pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.disclosure"))("title") };
}

export default async function DisclosureBudgetsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("sources:set-budget");
  const [t, budgets] = await Promise.all([getTranslations("admin.disclosure"), listSourceBudgets(admin, PageParam.parse((await searchParams).page))]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {budgets.total === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.source")}</th>
                <th scope="col">{t("columns.risk")}</th>
                <th scope="col">{t("columns.used")}</th>
                <th scope="col">{t("columns.budget")}</th>
                <th scope="col">{t("columns.waitingOver")}</th>
              </tr>
            </thead>
            <tbody>
              {budgets.items.map((b) => (
                <tr key={b.id} data-testid={`budget-${b.code}`}>
                  <th scope="row">
                    <Link href={`/admin/disclosure/${b.id}`}>{b.code}</Link>
                  </th>
                  <td>
                    <RiskBadge level={b.riskLevel} />
                  </td>
                  <td>{b.used}</td>
                  <td>
                    {b.limit} <span className="muted">{b.isDefault ? t("default") : t("setByAdmin")}</span>
                  </td>
                  <td>{b.wouldCross === 0 ? <span className="muted">{t("none")}</span> : <strong>{b.wouldCross}</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/admin/disclosure" page={budgets.page} pageCount={budgets.pageCount} />
    </>
  );
}
