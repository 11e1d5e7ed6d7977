import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listThemes } from "@/lib/content/list-items";
import { ItemForm } from "@/components/content/item-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("content.form"))("newTitle") };
}

export default async function NewContentPage() {
  const user = await requirePermission("content:edit");
  const [themes, t] = await Promise.all([listThemes(user), getTranslations("content.form")]);
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <ItemForm themes={themes} item={null} />
    </>
  );
}
