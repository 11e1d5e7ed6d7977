import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { listSourceTeam } from "@/lib/sources/team/list-team";
import { requirePermission } from "@/lib/auth/current-user";
import { getSource } from "@/lib/sources/get-source";
import { bdi } from "@/components/redaction/bdi";
import { NewTestimonyForm } from "./new-testimony-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("testimony.new"))("title") };
}

export default async function NewTestimonyPage({ params }: { params: Promise<{ sourceId: string }> }) {
  const editor = await requirePermission("testimony:edit");
  const source = await getSource(editor, (await params).sourceId);
  if (!source) notFound();
  // Only the source's team adds its testimony (createTestimony asks again).
  const team = await listSourceTeam(editor, source.id);
  if (!team || !can(editor, "testimony:edit", team.access)) forbidden();
  const t = await getTranslations("testimony.new");
  return (
    <>
      <p>
        <Link href={`/sources/${source.id}`}>{t.rich("back", { code: source.code, bdi })}</Link>
      </p>
      <h1>{t.rich("heading", { code: source.code, bdi })}</h1>
      <section className="card" aria-labelledby="testimony-form-heading">
        <h2 id="testimony-form-heading" className="sr-only">
          {t("formHeading")}
        </h2>
        <NewTestimonyForm sourceId={source.id} />
      </section>
    </>
  );
}
