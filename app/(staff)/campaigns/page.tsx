import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { ReadinessBar, readinessText } from "./readiness";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns.list"))("title") };
}

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePermission("campaigns:view");
  const campaigns = await listCampaigns(user, PageParam.parse((await searchParams).page));
  const canCreate = can(user, "campaigns:edit");
  const [t, tr, format] = await Promise.all([getTranslations("campaigns.list"), getTranslations("campaigns.readiness"), getFormatter()]);
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : t("open"));
  return (
    <>
      <h1>{t("title")}</h1>
      {canCreate ? (
        <p>
          <Link className="button" href="/campaigns/new">
            {t("new")}
          </Link>
        </p>
      ) : null}
      {campaigns.total === 0 ? (
        <p className="empty">{canCreate ? t("emptyStart") : t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.runs")}</th>
                <th scope="col">{t("columns.languages")}</th>
                <th scope="col">{t("columns.partners")}</th>
                <th scope="col">{t("columns.readiness")}</th>
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
                        <span className="badge badge-danger">{t("suspended")}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {t("runs", { from: day(c.startsOn), to: day(c.endsOn) })}
                  </td>
                  <td>{c.languages.length > 0 ? <bdi>{c.languages.join(", ")}</bdi> : <span className="muted">{t("anyLanguage")}</span>}</td>
                  <td>{format.number(c._count.partners)}</td>
                  <td>
                    <ReadinessBar readiness={c.readiness} />
                    <span className="muted">{readinessText(c.readiness, tr)}</span>
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
