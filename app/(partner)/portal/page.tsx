import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getPartnerOrganisation } from "@/lib/partners/list-partners";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { PageParam } from "@/lib/pagination";
import { requestId } from "@/lib/request-id";
import { Pager } from "@/components/ui/pager";
import { KitDownloadButton } from "@/components/portal/kit-download-button";
import { WithdrawalNotices } from "@/components/portal/withdrawal-notices";
import { FailedSignInNotice } from "@/components/dashboard/failed-sign-in-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal"))("title") };
}

export default async function PortalPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const partner = await requirePermission("portal:view");
  const [organisation, campaigns, notices, t] = await Promise.all([
    getPartnerOrganisation(partner),
    listSharedCampaigns(partner, PageParam.parse((await searchParams).page), await requestId()),
    listWithdrawalNotices(partner),
    getTranslations("portal"),
  ]);
  const org = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <>
      <h1>{t.rich("heading", { organisation: organisation?.name ?? "", org })}</h1>
      <FailedSignInNotice actor={partner} />
      <WithdrawalNotices notices={notices} />
      {campaigns.total === 0 ? (
        <p className="empty">{t.rich("noCampaigns", { organisation: organisation?.name ?? "", org })}</p>
      ) : (
        campaigns.items.map((campaign) => (
          <section key={campaign.id} className="card" aria-labelledby={`campaign-${campaign.id}`} data-testid="shared-campaign">
            <h2 id={`campaign-${campaign.id}`} dir="auto">
              {campaign.name}
            </h2>
            <p dir="auto">{campaign.objective}</p>
            {campaign.items.length === 0 ? (
              <p className="muted">{t("noMaterial")}</p>
            ) : (
              <>
                {/* the list's name is "Published in" and the campaign's name, each in its own language */}
                <span id={`published-in-${campaign.id}`} hidden>
                  {t("publishedIn")}
                </span>
                <ul aria-labelledby={`published-in-${campaign.id} campaign-${campaign.id}`}>
                  {campaign.items.map(({ item }) => (
                    <li key={item.id}>
                      <Link href={`/portal/items/${item.id}`} lang={item.language} dir={item.language === "ar" ? "rtl" : "auto"}>
                        {item.title}
                      </Link>{" "}
                      <span className="badge">{t(`types.${item.type}`)}</span>
                    </li>
                  ))}
                </ul>
                <KitDownloadButton campaignId={campaign.id} />
              </>
            )}
          </section>
        ))
      )}
      <Pager basePath="/portal" page={campaigns.page} pageCount={campaigns.pageCount} />
    </>
  );
}
