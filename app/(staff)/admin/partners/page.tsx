import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listPartners } from "@/lib/partners/list-partners";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { CreatePartnerForm, PartnerRow } from "./partner-forms";

export const metadata: Metadata = { title: "Partner organisations" };

export default async function PartnersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("partners:manage");
  const partners = await listPartners(admin, PageParam.parse((await searchParams).page));
  return (
    <>
      <h1>Partner organisations</h1>
      <section className="card" aria-labelledby="create-heading">
        <h2 id="create-heading">Add an organisation</h2>
        <CreatePartnerForm />
      </section>
      {partners.total === 0 ? (
        <p className="empty">No partner organisations yet. Add the first one above.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">People</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {partners.items.map((p) => (
                <PartnerRow key={p.id} partner={{ id: p.id, name: p.name, active: p.active, people: p._count.users }} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/admin/partners" page={partners.page} pageCount={partners.pageCount} />
    </>
  );
}
