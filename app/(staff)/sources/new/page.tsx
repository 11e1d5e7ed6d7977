import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { listHandlingEditorChoices } from "@/lib/sources/list-handling-editors";
import { NewSourceForm } from "./new-source-form";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  const editor = await requirePermission("sources:edit");
  const editors = await listHandlingEditorChoices(editor);
  return (
    <>
      <p>
        <Link href="/sources">← Sources</Link>
      </p>
      <h1>New source</h1>
      <section className="card" aria-labelledby="new-source-heading">
        <h2 id="new-source-heading" className="sr-only">
          Source details
        </h2>
        <NewSourceForm editors={editors} currentEditorId={editor.id} />
      </section>
    </>
  );
}
