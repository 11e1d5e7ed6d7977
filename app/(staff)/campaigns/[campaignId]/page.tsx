import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getCampaign, listShareablePartners } from "@/lib/campaigns/get-campaign";
import { CampaignDetailsForm } from "./campaign-details-form";
import { CampaignItems } from "./campaign-items";
import { CampaignPartners } from "./campaign-partners";
import { CampaignTextFindingsPanel } from "./campaign-text-findings";
import { ReadinessTable, readinessText } from "../readiness";
import styles from "../campaigns.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns.campaign"))("title") };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export default async function CampaignPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const user = await requirePermission("campaigns:view");
  const campaign = await getCampaign(user, (await params).campaignId);
  if (!campaign) notFound();
  const canEdit = can(user, "campaigns:edit");
  const shareable = canEdit ? await listShareablePartners(user, campaign.id) : [];
  const [t, tr, tc, format] = await Promise.all([getTranslations("campaigns.campaign"), getTranslations("campaigns.readiness"), getTranslations("content"), getFormatter()]);
  const shown = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : t("open"));
  const listed = (values: string[]) => (values.length > 0 ? <bdi>{values.join(", ")}</bdi> : "—");

  return (
    <>
      <p>
        <Link href="/campaigns">{t("back")}</Link>
      </p>
      <h1 dir="auto">{campaign.name}</h1>
      {campaign.suspendedAt ? (
        <p className="alert alert-error" role="alert" data-testid="campaign-suspended">
          {t("suspended")} {t("suspendedSince", { since: format.dateTime(campaign.suspendedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      ) : null}
      <CampaignTextFindingsPanel findings={campaign.textFindings} shared={campaign.partners.length > 0} />

      <div className="grid-2">
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">{t("details")}</h2>
          {canEdit ? (
            <CampaignDetailsForm
              campaign={{
                id: campaign.id,
                version: campaign.version,
                name: campaign.name,
                objective: campaign.objective,
                audiences: campaign.audiences,
                regions: campaign.regions,
                languages: campaign.languages,
                channels: campaign.channels,
                startsOn: day(campaign.startsOn),
                endsOn: day(campaign.endsOn),
              }}
            />
          ) : (
            <dl className={styles.facts}>
              <dt>{t("objective")}</dt>
              <dd dir="auto">{campaign.objective}</dd>
              <dt>{t("audiences")}</dt>
              <dd>{listed(campaign.audiences)}</dd>
              <dt>{t("regions")}</dt>
              <dd>{listed(campaign.regions)}</dd>
              <dt>{t("languages")}</dt>
              <dd>{listed(campaign.languages)}</dd>
              <dt>{t("channels")}</dt>
              <dd>{campaign.channels.map((c) => (tc.has(`channels.${c}`) ? tc(`channels.${c}`) : c)).join(t("separator")) || "—"}</dd>
              <dt>{t("runs")}</dt>
              <dd>{t("runsFromTo", { from: shown(campaign.startsOn), to: shown(campaign.endsOn) })}</dd>
            </dl>
          )}
        </section>

        <section className="card" aria-labelledby="readiness-heading">
          <h2 id="readiness-heading">{t("readiness")}</h2>
          <p data-testid="readiness-summary">{readinessText(campaign.readiness, tr)}</p>
          <ReadinessTable readiness={campaign.readiness} />
        </section>
      </div>

      <section className="card" aria-labelledby="items-heading">
        <h2 id="items-heading">{t("items", { count: campaign.items.length })}</h2>
        <CampaignItems campaignId={campaign.id} items={campaign.items} canEdit={canEdit} />
      </section>

      <section className="card" aria-labelledby="partners-heading">
        <h2 id="partners-heading">{t("sharedWith")}</h2>
        <CampaignPartners campaignId={campaign.id} partners={campaign.partners} shareable={shareable} canEdit={canEdit} />
      </section>
    </>
  );
}
