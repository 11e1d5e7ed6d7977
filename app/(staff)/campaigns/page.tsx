import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { ReadinessBar, readinessText } from "./readiness";

export const metadata: Metadata = { title: "Campaigns" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "open");

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePermission("campaigns:view");
  const campaigns = await listCampaigns(user, PageParam.parse((await searchParams).page));
  const canCreate = can(user, "campaigns:edit");
  return (
    <>
      <h1>Campaigns</h1>
      {canCreate ? (
        <p>
          <Link className="button" href="/campaigns/new">
            New campaign
          </Link>
        </p>
      ) : null}
      {campaigns.total === 0 ? (
        <p className="empty">No campaigns yet.{canCreate ? " Start one with “New campaign”." : ""}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Runs</th>
                <th scope="col">Languages</th>
                <th scope="col">Partners</th>
                <th scope="col">Readiness</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/campaigns/${c.id}`} dir="auto">
                      {c.name}
                    </Link>
                    {/* Partners no longer see a suspended campaign; the campaign page says why. */}
                    {c.suspendedAt ? (
                      <>
                        {" "}
                        <span className="badge badge-danger">suspended</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {day(c.startsOn)} – {day(c.endsOn)}
                  </td>
                  <td>{c.languages.join(", ") || <span className="muted">any</span>}</td>
                  <td>{c._count.partners}</td>
                  <td>
                    <ReadinessBar readiness={c.readiness} />
                    <span className="muted">{readinessText(c.readiness)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/campaigns" page={campaigns.page} pageCount={campaigns.pageCount} />
    </>
  );
}
