import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listHandlingEditorChoices } from "@/lib/sources/list-handling-editors";
import { NewSourceForm } from "./new-source-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("newSource") };
}

export default async function NewSourcePage() {
  const editor = await requirePermission("sources:edit");
  const [editors, t] = await Promise.all([listHandlingEditorChoices(editor), getTranslations("sources")]);
  return (
    <>
      <p>
        <Link href="/sources">{t("backToSources")}</Link>
      </p>
      <h1>{t("newSource")}</h1>
      <section className="card" aria-labelledby="new-source-heading">
        <h2 id="new-source-heading" className="sr-only">
          {t("new.detailsHeading")}
        </h2>
        <NewSourceForm editors={editors} currentEditorId={editor.id} />
      </section>
    </>
  );
}
