import Link from "next/link";
import type { Actor } from "@/lib/auth/policy";
import { listSuspendedCampaigns } from "@/lib/dashboard/suspended-campaigns";
import { boundedLabel } from "@/lib/lists/total-label";
import { DASHBOARD_COUNT_CAP } from "@/lib/dashboard/content-work";

/** Server component: shown only when a campaign is suspended, since then partners no longer see it. */
export async function SuspendedCampaigns({ actor }: { actor: Actor }) {
  const suspended = await listSuspendedCampaigns(actor);
  if (!suspended || suspended.total === 0) return null;
  return (
    <section className="card" aria-labelledby="suspended-campaigns-heading" data-testid="suspended-campaigns">
      <h2 id="suspended-campaigns-heading">Suspended campaigns ({boundedLabel(suspended.total, DASHBOARD_COUNT_CAP)})</h2>
      <p>Partners no longer see these: the name or objective may identify a source. Fix the text to lift the suspension.</p>
      <ul>
        {suspended.items.map((campaign) => (
          <li key={campaign.id}>
            <Link href={`/campaigns/${campaign.id}`} prefetch={false} dir="auto">
              {campaign.name}
            </Link>{" "}
            <span className="muted">since {campaign.suspendedAt.toISOString().slice(0, 10)}</span>
          </li>
        ))}
      </ul>
      {suspended.total > suspended.items.length ? (
        <p>
          {suspended.items.length} of {boundedLabel(suspended.total, DASHBOARD_COUNT_CAP)} shown. See all <Link href="/campaigns">campaigns</Link>.
        </p>
      ) : null}
    </section>
  );
}
