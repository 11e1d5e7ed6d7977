import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/current-user";

// Layout checks are only a convenience; every page below asks the policy itself.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return <AppShell user={user}>{children}</AppShell>;
}
