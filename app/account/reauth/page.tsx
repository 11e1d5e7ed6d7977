import type { Metadata } from "next";
import { getCurrentSession, requirePermission } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/recent-reauth";
import { ReauthForm } from "./reauth-form";

export const metadata: Metadata = { title: "Confirm it's you" };

export default async function ReauthPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await requirePermission("account:security");
  const session = await getCurrentSession();
  const { next } = await searchParams;
  return (
    <>
      <h1>Confirm it&apos;s you</h1>
      <p>Showing a source&apos;s identifiers, changing a second factor, issuing an API token and changing someone&apos;s role need a fresh proof that it is you at the keyboard. It lasts 10 minutes.</p>
      <ReauthForm next={safeReturnPath(next)} needsCode={session?.hasSecondFactor ?? false} />
    </>
  );
}
