import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listThemes } from "@/lib/content/list-items";
import { ItemForm } from "@/components/content/item-form";

export const metadata: Metadata = { title: "New content item" };

export default async function NewContentPage() {
  const user = await requirePermission("content:edit");
  const themes = await listThemes(user);
  return (
    <>
      <h1>New content item</h1>
      <ItemForm themes={themes} item={null} />
    </>
  );
}
