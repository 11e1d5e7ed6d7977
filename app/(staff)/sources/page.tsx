import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listSources } from "@/lib/sources/list-sources";
import { totalLabel } from "@/lib/lists/total-label";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { RiskBadge } from "@/components/ui/risk-badge";
import { ConsentBadge } from "@/components/ui/consent-badge";
import styles from "./sources.module.css";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await requirePermission("sources:view");
  const { cursor } = await searchParams;
  const sources = await listSources(user, typeof cursor === "string" ? cursor : undefined);
  const canCreate = can(user, "sources:edit");
  return (
    <>
      <h1>Sources</h1>
      <p className="muted">Sources are known here by their code name. Real names and identifiers are shown only on request, and every look is recorded.</p>
      {canCreate ? (
        <p>
          <Link className="button" href="/sources/new">
            New source
          </Link>
        </p>
      ) : null}
      <RejectedCursorNotice rejected={sources.cursorRejected} />
      {sources.total.count === 0 ? (
        <p className="empty">No sources yet.{canCreate ? " Record the first one with “New source”." : ""}</p>
      ) : (
        <p>
          {totalLabel(sources.total)} {sources.total.count === 1 ? "source" : "sources"}.
        </p>
      )}
      {sources.items.length === 0 ? null : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Pseudonym</th>
                <th scope="col">Risk</th>
                <th scope="col">Handling editor</th>
                <th scope="col">Testimonies</th>
                <th scope="col">Consent</th>
              </tr>
            </thead>
            <tbody>
              {sources.items.map((s) => (
                <tr key={s.id} data-testid={`source-${s.code}`}>
                  <td>
                    <Link href={`/sources/${s.id}`} className={styles.code}>
                      {s.code}
                    </Link>
                  </td>
                  <td>{s.pseudonym ?? <span className="muted">none</span>}</td>
                  <td>
                    <RiskBadge level={s.riskLevel} />
                  </td>
                  <td>{s.handlingEditorName}</td>
                  <td>{s.testimonyCount}</td>
                  <td>
                    <ConsentBadge status={s.consentStatus} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CursorPager basePath="/sources" page={sources} />
    </>
  );
}
