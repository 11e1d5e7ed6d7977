import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { getPartnerOrganisation } from "@/lib/partners/list-partners";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { CONTENT_TYPE_LABELS } from "@/lib/content/vocabulary";
import { PageParam } from "@/lib/pagination";
import { requestId } from "@/lib/request-id";
import { Pager } from "@/components/ui/pager";
import { KitDownloadButton } from "@/components/portal/kit-download-button";
import { WithdrawalNotices } from "@/components/portal/withdrawal-notices";
import { FailedSignInNotice } from "@/components/dashboard/failed-sign-in-notice";

export const metadata: Metadata = { title: "Shared with us" };

export default async function PortalPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const partner = await requirePermission("portal:view");
  const [organisation, campaigns, notices] = await Promise.all([
    getPartnerOrganisation(partner),
    listSharedCampaigns(partner, PageParam.parse((await searchParams).page), await requestId()),
    listWithdrawalNotices(partner),
  ]);
  return (
    <>
      <h1>Shared with {organisation?.name}</h1>
      <FailedSignInNotice actor={partner} />
      <WithdrawalNotices notices={notices} />
      {campaigns.total === 0 ? (
        <p className="empty">No campaigns have been shared with {organisation?.name} yet.</p>
      ) : (
        campaigns.items.map((campaign) => (
          <section key={campaign.id} className="card" aria-labelledby={`campaign-${campaign.id}`} data-testid="shared-campaign">
            <h2 id={`campaign-${campaign.id}`}>{campaign.name}</h2>
            <p>{campaign.objective}</p>
            {campaign.items.length === 0 ? (
              <p className="muted">No published material in this campaign yet.</p>
            ) : (
              <>
                <ul aria-label={`Published in ${campaign.name}`}>
                  {campaign.items.map(({ item }) => (
                    <li key={item.id} lang={item.language} dir={item.language === "ar" ? "rtl" : "auto"}>
                      <Link href={`/portal/items/${item.id}`}>{item.title}</Link> <span className="badge">{CONTENT_TYPE_LABELS[item.type]}</span>
                    </li>
                  ))}
                </ul>
                <KitDownloadButton campaignId={campaign.id} campaignName={campaign.name} />
              </>
            )}
          </section>
        ))
      )}
      <Pager basePath="/portal" page={campaigns.page} pageCount={campaigns.pageCount} />
    </>
  );
}
