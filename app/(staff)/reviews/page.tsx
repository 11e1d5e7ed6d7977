import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { listReviewQueue } from "@/lib/redaction/list-redactions";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Redaction reviews" };

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const reviewer = await requirePermission("redaction:review");
  const queue = await listReviewQueue(reviewer, PageParam.parse((await searchParams).page));
  return (
    <>
      <h1>Redactions waiting for review</h1>
      {queue.total === 0 ? (
        <p className="empty">Nothing is waiting for review.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Language</th>
                <th scope="col">Submitted</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.testimony.source.code} <span className="badge">{r.testimony.source.riskLevel.toLowerCase()} risk</span>
                  </td>
                  <td>{r.testimony.language}</td>
                  <td>{r.submittedAt?.toUTCString() ?? "—"}</td>
                  <td>
                    {r.editedByMe ? (
                      <span className="muted">You edited it: another reviewer decides</span>
                    ) : (
                      <Link href={`/testimony/${r.testimonyId}/review`} prefetch={false}>Review {r.testimony.source.code}</Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/reviews" page={queue.page} pageCount={queue.pageCount} />
    </>
  );
}
