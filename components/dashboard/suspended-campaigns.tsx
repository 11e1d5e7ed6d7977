import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/policy";
import { listSuspendedCampaigns } from "@/lib/dashboard/suspended-campaigns";
import { boundedLabel } from "@/lib/lists/total-label";
import { DASHBOARD_COUNT_CAP } from "@/lib/dashboard/content-work";

/** Server component: shown only when a campaign is suspended, since then partners no longer see it. */
export async function SuspendedCampaigns({ actor }: { actor: Actor }) {
  const suspended = await listSuspendedCampaigns(actor);
  if (!suspended || suspended.total === 0) return null;
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  return (
    <section className="card" aria-labelledby="suspended-campaigns-heading" data-testid="suspended-campaigns">
      <h2 id="suspended-campaigns-heading">{t("suspendedCampaigns", { count: boundedLabel(suspended.total, DASHBOARD_COUNT_CAP) })}</h2>
      <p>{t("suspendedCampaignsHelp")}</p>
      <ul>
        {suspended.items.map((campaign) => (
          <li key={campaign.id}>
            <Link href={`/campaigns/${campaign.id}`} prefetch={false} dir="auto">
              {campaign.name}
            </Link>{" "}
            <span className="muted">{t("since", { date: format.dateTime(campaign.suspendedAt, { dateStyle: "medium" }) })}</span>
          </li>
        ))}
      </ul>
      {suspended.total > suspended.items.length ? (
        <p>
          {t("shownOf", { shown: suspended.items.length, total: boundedLabel(suspended.total, DASHBOARD_COUNT_CAP) })} {t.rich("seeAllCampaigns", { link: (chunks) => <Link href="/campaigns">{chunks}</Link> })}
        </p>
      ) : null}
    </section>
  );
}
