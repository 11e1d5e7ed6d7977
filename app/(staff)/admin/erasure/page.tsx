import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listErasureOverview } from "@/lib/sources/list-erasure-overview";
import { PageParam } from "@/lib/pagination";
import { RiskBadge } from "@/components/ui/risk-badge";
import { Pager } from "@/components/ui/pager";
import { EraseSourceForm } from "@/components/erasure/erase-source-form";

export const metadata: Metadata = { title: "Erase a source" };

export default async function ErasurePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("sources:erase");
  const overview = await listErasureOverview(admin, PageParam.parse((await searchParams).page));
  return (
    <>
      <h1>Erase a source</h1>
      <p>
        Erasing destroys the source&apos;s data key and everything derived from their words or identity: transcripts, media, redactions, approved redacted texts, dictionary,
        the leak guard&apos;s index of their identifiers, real name, notes and consent. Items quoting them are retired and partners who downloaded those items are told to
        take them down. Only the code remains, with who erased it, when and why. It cannot be undone.
      </p>
      <p>
        Backups made before an erasure still hold the source&apos;s key, wrapped under the master key in use at the time. The erasure reaches those backups once that master
        key is rotated out (<code>npm run keys:rotate</code>) and destroyed; see the README, &ldquo;Erasure and backups&rdquo;.
      </p>
      {overview.total === 0 ? (
        <p className="empty">No sources yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">Sources and their erasure</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Risk</th>
                <th scope="col">Holds</th>
                <th scope="col">Erasure</th>
              </tr>
            </thead>
            <tbody>
              {overview.items.map((s) => (
                <tr key={s.id} data-testid={`erasure-${s.code}`}>
                  <th scope="row">{s.code}</th>
                  <td>
                    <RiskBadge level={s.riskLevel} />
                  </td>
                  <td>
                    {s.erased ? (
                      <span className="muted">nothing</span>
                    ) : (
                      <>
                        {s.testimonies} testimonies, {s.dictionaryEntries} dictionary entries; quoted by {s.quotingItems} item(s) in use
                      </>
                    )}
                  </td>
                  <td>
                    {s.erased ? (
                      <>
                        Erased on {s.erased.at.toISOString().slice(0, 10)} by {s.erased.by}: {s.erased.reason}
                        {s.erased.backupsCanOpen ? <p className="muted">Backups made before the erasure can still open it until the master key is rotated and the old one destroyed.</p> : null}
                      </>
                    ) : (
                      <details>
                        <summary>Erase {s.code}…</summary>
                        <EraseSourceForm sourceId={s.id} sourceCode={s.code} />
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/admin/erasure" page={overview.page} pageCount={overview.pageCount} />
    </>
  );
}
