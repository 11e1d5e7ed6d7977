import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { NewCampaignForm } from "./new-campaign-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns.new"))("title") };
}

export default async function NewCampaignPage() {
  await requirePermission("campaigns:edit");
  const t = await getTranslations("campaigns");
  return (
    <>
      <p>
        <Link href="/campaigns">{t("campaign.back")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <section className="card" aria-labelledby="new-campaign-heading">
        <h2 id="new-campaign-heading" className="sr-only">
          {t("new.details")}
        </h2>
        <NewCampaignForm />
      </section>
    </>
  );
}
