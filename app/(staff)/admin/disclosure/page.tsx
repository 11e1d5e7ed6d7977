import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { listSourceBudgets } from "@/lib/disclosure/list-source-budgets";
import { PageParam } from "@/lib/pagination";
import { RiskBadge } from "@/components/ui/risk-badge";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Disclosure budgets" };

export default async function DisclosureBudgetsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("sources:set-budget");
  const budgets = await listSourceBudgets(admin, PageParam.parse((await searchParams).page));
  return (
    <>
      <h1>Disclosure budgets</h1>
      <p>
        How much may be published about each source altogether: the quasi-identifiers (ages, dates, places, roles…) of all its published items together, scored by how narrowly they
        point to the person. An item that would take a source over its budget cannot be approved or published.
      </p>
      {budgets.total === 0 ? (
        <p className="empty">No sources yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">Disclosure budget of each source</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Risk</th>
                <th scope="col">Used</th>
                <th scope="col">Budget</th>
                <th scope="col">Waiting items over it</th>
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
                    {b.limit} <span className="muted">{b.isDefault ? "default" : "set by an admin"}</span>
                  </td>
                  <td>{b.wouldCross === 0 ? <span className="muted">none</span> : <strong>{b.wouldCross}</strong>}</td>
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
