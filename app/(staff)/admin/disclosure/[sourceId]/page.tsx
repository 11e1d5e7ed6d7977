import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getSourceDisclosure } from "@/lib/disclosure/get-source-disclosure";
import { DEFAULT_BUDGET } from "@/lib/disclosure/score-disclosure";
import { RiskBadge } from "@/components/ui/risk-badge";
import { SourceLedger } from "@/components/disclosure/source-ledger";
import { BudgetForm } from "@/components/disclosure/budget-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.disclosure.source"))("title") };
}

export default async function SourceBudgetPage({ params }: { params: Promise<{ sourceId: string }> }) {
  const admin = await requirePermission("sources:set-budget");
  const view = await getSourceDisclosure(admin, (await params).sourceId);
  if (!view) notFound();
  const t = await getTranslations("admin.disclosure.source");
  return (
    <>
      <p>
        <Link href="/admin/disclosure">{t("back")}</Link>
      </p>
      <h1>
        {t("heading", { code: view.source.code })} <RiskBadge level={view.source.riskLevel} />
      </h1>
      <SourceLedger view={view} />
      <section className="card" aria-labelledby="set-budget-heading">
        <h2 id="set-budget-heading">{t("changeHeading")}</h2>
        <p>{t("changeIntro")}</p>
        <BudgetForm sourceId={view.source.id} sourceCode={view.source.code} budgetVersion={view.budgetVersion} limit={view.limit} defaultLimit={DEFAULT_BUDGET[view.source.riskLevel]} used={view.used} />
      </section>
    </>
  );
}
