import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listPartners } from "@/lib/partners/list-partners";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { CreatePartnerForm, PartnerRow } from "./partner-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("title") };
}

export default async function PartnersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("partners:manage");
  const [t, partners] = await Promise.all([getTranslations("partners"), listPartners(admin, PageParam.parse((await searchParams).page))]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="create-heading">
        <h2 id="create-heading">{t("addHeading")}</h2>
        <CreatePartnerForm />
      </section>
      {partners.total === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("language")}</th>
                <th scope="col">{t("people")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {partners.items.map((p) => (
                <PartnerRow key={p.id} partner={{ id: p.id, name: p.name, active: p.active, people: p._count.users, defaultLocale: p.defaultLocale }} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/admin/partners" page={partners.page} pageCount={partners.pageCount} />
    </>
  );
}
