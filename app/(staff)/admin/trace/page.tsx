import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { TraceForm } from "./trace-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.trace"))("title") };
}

export default async function TracePage() {
  await requirePermission("leaks:trace");
  const t = await getTranslations("admin.trace");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <TraceForm />
    </>
  );
}
