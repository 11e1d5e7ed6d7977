import { AppShell } from "@/components/app-shell";
import { getCurrentUser } from "@/lib/auth/current-user";
import { redirect } from "next/navigation";

// Open to a person who still has to set up a required second factor (the pages ask
// for "account:security", the only permission such a person holds).
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return <AppShell user={user}>{children}</AppShell>;
}
