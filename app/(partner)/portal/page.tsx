import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { getPartnerOrganisation } from "@/lib/partners/list-partners";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Shared with us" };

const TYPE_LABEL: Record<string, string> = {
  QUOTE_CARD: "Quote card",
  ARTICLE: "Article",
  SOCIAL_POST: "Social post",
  VIDEO_SCRIPT: "Video script",
  AUDIO_SCRIPT: "Audio script",
  INFOGRAPHIC_BRIEF: "Infographic brief",
};

export default async function PortalPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const partner = await requirePermission("portal:view");
  const [organisation, campaigns] = await Promise.all([getPartnerOrganisation(partner), listSharedCampaigns(partner, PageParam.parse((await searchParams).page))]);
  return (
    <>
      <h1>Shared with {organisation?.name}</h1>
      {campaigns.total === 0 ? (
        <p className="empty">No campaigns have been shared with {organisation?.name} yet.</p>
      ) : (
        campaigns.items.map((campaign) => (
          <section key={campaign.id} className="card" aria-labelledby={`campaign-${campaign.id}`}>
            <h2 id={`campaign-${campaign.id}`}>{campaign.name}</h2>
            <p>{campaign.objective}</p>
            {campaign.items.length === 0 ? (
              <p className="muted">No published material in this campaign yet.</p>
            ) : (
              <ul>
                {campaign.items.map(({ item }) => (
                  <li key={item.id} lang={item.language} dir={item.language === "ar" ? "rtl" : "auto"}>
                    <strong>{item.title}</strong> <span className="badge">{TYPE_LABEL[item.type] ?? item.type}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
      <Pager basePath="/portal" page={campaigns.page} pageCount={campaigns.pageCount} />
    </>
  );
}
