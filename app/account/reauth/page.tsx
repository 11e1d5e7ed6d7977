import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentSession, requirePermission } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/recent-reauth";
import { ReauthForm } from "./reauth-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.reauth"))("title") };
}

export default async function ReauthPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await requirePermission("account:security");
  const session = await getCurrentSession();
  const { next } = await searchParams;
  const t = await getTranslations("account.reauth");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ReauthForm next={safeReturnPath(next)} needsCode={session?.hasSecondFactor ?? false} />
    </>
  );
}
