import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { NewCampaignForm } from "./new-campaign-form";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  await requirePermission("campaigns:edit");
  return (
    <>
      <p>
        <Link href="/campaigns">← Campaigns</Link>
      </p>
      <h1>New campaign</h1>
      <section className="card" aria-labelledby="new-campaign-heading">
        <h2 id="new-campaign-heading" className="sr-only">
          Campaign details
        </h2>
        <NewCampaignForm />
      </section>
    </>
  );
}
