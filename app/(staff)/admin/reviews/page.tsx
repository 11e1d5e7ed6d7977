import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listOpenReviews } from "@/lib/reviews/list-open-reviews";
import { listReviewerChoices } from "@/lib/reviews/list-reviewer-choices";
import { AssignForm } from "./assign-form";

export const metadata: Metadata = { title: "Review assignments" };

// Who reviews what: a reviewer reads only what is assigned to them, so nothing waits unassigned.
export default async function ReviewAssignmentsPage() {
  const admin = await requirePermission("reviews:assign");
  const [open, reviewers] = await Promise.all([listOpenReviews(admin), listReviewerChoices(admin)]);
  return (
    <>
      <h1>Review assignments</h1>
      <p className="muted">A reviewer may open only the redactions and items assigned to them. Nobody who wrote or submitted one may be assigned to it.</p>
      {open.length === 0 ? (
        <p className="empty">Nothing is waiting for review.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Waiting</th>
                <th scope="col">Since</th>
                <th scope="col">Assigned to</th>
                <th scope="col">Assign</th>
              </tr>
            </thead>
            <tbody>
              {open.map((r) => (
                <tr key={r.id}>
                  <td>{r.label}</td>
                  <td>{r.since?.toUTCString() ?? "—"}</td>
                  <td>{r.assignees.length > 0 ? r.assignees.join(", ") : <span className="badge badge-danger">nobody</span>}</td>
                  <td>
                    <AssignForm kind={r.kind} targetId={r.id} label={r.label} reviewers={reviewers.filter((p) => !r.authorIds.includes(p.id))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
