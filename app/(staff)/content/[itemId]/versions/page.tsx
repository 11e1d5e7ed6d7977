import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { latestVersionOf } from "@/lib/content/get-item";
import { getVersion, listVersions } from "@/lib/content/list-versions";
import { diffText } from "@/lib/content/compare-versions";
import { DiffView } from "@/components/content/diff-view";
import { RestoreButton } from "@/components/content/restore-button";

export const metadata: Metadata = { title: "Versions" };

const Num = z.coerce.number().int().min(1).optional().catch(undefined);

export default async function VersionsPage({ params, searchParams }: { params: Promise<{ itemId: string }>; searchParams: Promise<{ a?: string; b?: string }> }) {
  const user = await requirePermission("content:view");
  const { itemId } = await params;
  const latest = await latestVersionOf(user, itemId);
  if (!latest) notFound();
  const versions = await listVersions(user, itemId);
  const search = await searchParams;
  const a = Num.parse(search.a) ?? Math.max(1, latest.version - 1);
  const b = Num.parse(search.b) ?? latest.version;
  const [older, newer] = await Promise.all([getVersion(user, itemId, Math.min(a, b)), getVersion(user, itemId, Math.max(a, b))]);
  const mayRestore = can(user, "content:edit") && ["DRAFT", "CHANGES_REQUESTED", "APPROVED"].includes(latest.state);
  return (
    <>
      <h1>Versions</h1>
      <p>
        <Link href={`/content/${itemId}`}>Back to the item</Link>
      </p>
      <form method="get" className="inline-form" aria-label="Compare versions">
        <label htmlFor="cmp-a">Compare version</label>
        <select id="cmp-a" name="a" defaultValue={String(Math.min(a, b))}>
          {versions.map((v) => (
            <option key={v.number} value={v.number}>
              {v.number}
            </option>
          ))}
        </select>
        <label htmlFor="cmp-b">with version</label>
        <select id="cmp-b" name="b" defaultValue={String(Math.max(a, b))}>
          {versions.map((v) => (
            <option key={v.number} value={v.number}>
              {v.number}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          Compare
        </button>
      </form>
      {older && newer ? (
        <div className="grid-2" data-testid="version-diff">
          <section aria-labelledby="older-heading">
            <h2 id="older-heading">Version {older.number}</h2>
            <h3>Title</h3>
            <DiffView parts={diffText(older.title, newer.title)} side="older" />
            <h3>Body</h3>
            <DiffView parts={diffText(older.body, newer.body)} side="older" />
          </section>
          <section aria-labelledby="newer-heading">
            <h2 id="newer-heading">Version {newer.number}</h2>
            <h3>Title</h3>
            <DiffView parts={diffText(older.title, newer.title)} side="newer" />
            <h3>Body</h3>
            <DiffView parts={diffText(older.body, newer.body)} side="newer" />
          </section>
        </div>
      ) : (
        <p className="empty">Choose two versions to compare.</p>
      )}
      <h2>History</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Title</th>
              <th scope="col">Saved by</th>
              <th scope="col">Saved at</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.number}>
                <td>{v.number}</td>
                <td dir="auto">{v.title}</td>
                <td>{v.editedBy}</td>
                <td>{v.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td>{mayRestore && v.number !== latest.version ? <RestoreButton itemId={itemId} expectedVersion={latest.version} number={v.number} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
