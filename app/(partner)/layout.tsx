import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { getPartnerOrganisation } from "@/lib/partners/list-partners";

export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const organisation = await getPartnerOrganisation(user);
  return (
    <AppShell user={user} organisation={organisation?.name}>
      {children}
    </AppShell>
  );
}
