import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getCampaign, listShareablePartners } from "@/lib/campaigns/get-campaign";
import { CONSENT_CHANNEL_LABELS, type ConsentChannel } from "@/lib/sources/vocabulary";
import { CampaignDetailsForm } from "./campaign-details-form";
import { CampaignItems } from "./campaign-items";
import { CampaignPartners } from "./campaign-partners";
import { CampaignTextFindingsPanel } from "./campaign-text-findings";
import { SUSPENSION_NOTICE } from "@/lib/campaigns/campaign-text";
import { ReadinessTable, readinessText } from "../readiness";
import styles from "../campaigns.module.css";

export const metadata: Metadata = { title: "Campaign" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export default async function CampaignPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const user = await requirePermission("campaigns:view");
  const campaign = await getCampaign(user, (await params).campaignId);
  if (!campaign) notFound();
  const canEdit = can(user, "campaigns:edit");
  const shareable = canEdit ? await listShareablePartners(user, campaign.id) : [];

  return (
    <>
      <p>
        <Link href="/campaigns">← Campaigns</Link>
      </p>
      <h1 dir="auto">{campaign.name}</h1>
      {campaign.suspendedAt ? (
        <p className="alert alert-error" role="alert" data-testid="campaign-suspended">
          {SUSPENSION_NOTICE} (Since {campaign.suspendedAt.toISOString().slice(0, 16).replace("T", " ")} UTC.)
        </p>
      ) : null}
      <CampaignTextFindingsPanel findings={campaign.textFindings} shared={campaign.partners.length > 0} />

      <div className="grid-2">
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
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
              <dt>Objective</dt>
              <dd dir="auto">{campaign.objective}</dd>
              <dt>Audiences</dt>
              <dd>{campaign.audiences.join(", ") || "—"}</dd>
              <dt>Regions</dt>
              <dd>{campaign.regions.join(", ") || "—"}</dd>
              <dt>Languages</dt>
              <dd>{campaign.languages.join(", ") || "—"}</dd>
              <dt>Channels</dt>
              <dd>{campaign.channels.map((c) => CONSENT_CHANNEL_LABELS[c as ConsentChannel] ?? c).join(", ") || "—"}</dd>
              <dt>Runs</dt>
              <dd>
                {day(campaign.startsOn) ?? "open"} – {day(campaign.endsOn) ?? "open"}
              </dd>
            </dl>
          )}
        </section>

        <section className="card" aria-labelledby="readiness-heading">
          <h2 id="readiness-heading">Readiness</h2>
          <p data-testid="readiness-summary">{readinessText(campaign.readiness)}</p>
          <ReadinessTable readiness={campaign.readiness} />
        </section>
      </div>

      <section className="card" aria-labelledby="items-heading">
        <h2 id="items-heading">Content items ({campaign.items.length})</h2>
        <CampaignItems campaignId={campaign.id} items={campaign.items} canEdit={canEdit} />
      </section>

      <section className="card" aria-labelledby="partners-heading">
        <h2 id="partners-heading">Shared with</h2>
        <CampaignPartners campaignId={campaign.id} partners={campaign.partners} shareable={shareable} canEdit={canEdit} />
      </section>
    </>
  );
}
