import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { getSourceDisclosure } from "@/lib/disclosure/get-source-disclosure";
import { DEFAULT_BUDGET } from "@/lib/disclosure/score-disclosure";
import { RiskBadge } from "@/components/ui/risk-badge";
import { SourceLedger } from "@/components/disclosure/source-ledger";
import { BudgetForm } from "@/components/disclosure/budget-form";

export const metadata: Metadata = { title: "Disclosure budget" };

export default async function SourceBudgetPage({ params }: { params: Promise<{ sourceId: string }> }) {
  const admin = await requirePermission("sources:set-budget");
  const view = await getSourceDisclosure(admin, (await params).sourceId);
  if (!view) notFound();
  return (
    <>
      <p>
        <Link href="/admin/disclosure">← Disclosure budgets</Link>
      </p>
      <h1>
        Disclosure budget of {view.source.code} <RiskBadge level={view.source.riskLevel} />
      </h1>
      <SourceLedger view={view} />
      <section className="card" aria-labelledby="set-budget-heading">
        <h2 id="set-budget-heading">Change the budget</h2>
        <p>Raise it only when the source, or those protecting them, accept what the publications will reveal together. Your reason is kept with the change.</p>
        <BudgetForm sourceId={view.source.id} sourceCode={view.source.code} budgetVersion={view.budgetVersion} limit={view.limit} defaultLimit={DEFAULT_BUDGET[view.source.riskLevel]} used={view.used} />
      </section>
    </>
  );
}
