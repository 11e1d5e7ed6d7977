import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { getPartnerOrganisation } from "@/lib/partners/list-partners";

export const metadata: Metadata = { title: "Shared with us" };

export default async function PortalPage() {
  const partner = await requirePermission("portal:view");
  const organisation = await getPartnerOrganisation(partner);
  return (
    <>
      <h1>Shared with {organisation?.name}</h1>
      <p className="empty">No campaigns have been shared with {organisation?.name} yet. Approved material appears here when it is.</p>
    </>
  );
}
