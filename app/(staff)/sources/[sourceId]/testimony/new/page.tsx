import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { listSourceTeam } from "@/lib/sources/team/list-team";
import { requirePermission } from "@/lib/auth/current-user";
import { getSource } from "@/lib/sources/get-source";
import { NewTestimonyForm } from "./new-testimony-form";

export const metadata: Metadata = { title: "Add testimony" };

export default async function NewTestimonyPage({ params }: { params: Promise<{ sourceId: string }> }) {
  const editor = await requirePermission("testimony:edit");
  const source = await getSource(editor, (await params).sourceId);
  if (!source) notFound();
  // Only the source's team adds its testimony (createTestimony asks again).
  const team = await listSourceTeam(editor, source.id);
  if (!team || !can(editor, "testimony:edit", team.access)) forbidden();
  return (
    <>
      <p>
        <Link href={`/sources/${source.id}`}>← Source {source.code}</Link>
      </p>
      <h1>Add testimony for {source.code}</h1>
      <section className="card" aria-labelledby="testimony-form-heading">
        <h2 id="testimony-form-heading" className="sr-only">
          Testimony
        </h2>
        <NewTestimonyForm sourceId={source.id} />
      </section>
    </>
  );
}
