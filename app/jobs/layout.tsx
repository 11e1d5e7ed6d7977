import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/current-user";

// A job's progress page serves staff and partners alike: whoever asked for the work.
export default async function JobsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return <AppShell user={user}>{children}</AppShell>;
}
