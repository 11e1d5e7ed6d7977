import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listOpenReviews, type OpenReview } from "@/lib/reviews/list-open-reviews";
import { listReviewerChoices } from "@/lib/reviews/list-reviewer-choices";
import { AssignForm } from "./assign-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.reviews"))("title") };
}

// Who reviews what: a reviewer reads only what is assigned to them, so nothing waits unassigned.
export default async function ReviewAssignmentsPage() {
  const admin = await requirePermission("reviews:assign");
  const [t, format, open, reviewers] = await Promise.all([getTranslations("admin.reviews"), getFormatter(), listOpenReviews(admin), listReviewerChoices(admin)]);
  const labelOf = (r: OpenReview) =>
    r.sourceCode ? t("redactionOf", { code: r.sourceCode, language: r.language }) : t("itemOf", { type: t.has(`contentTypes.${r.contentType}`) ? t(`contentTypes.${r.contentType}`) : (r.contentType ?? ""), language: r.language });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {open.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.waiting")}</th>
                <th scope="col">{t("columns.since")}</th>
                <th scope="col">{t("columns.assignedTo")}</th>
                <th scope="col">{t("columns.assign")}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((r) => (
                <tr key={r.id}>
                  <td>{labelOf(r)}</td>
                  <td>{r.since ? format.dateTime(r.since, { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
                  <td>{r.assignees.length > 0 ? <bdi>{format.list(r.assignees)}</bdi> : <span className="badge badge-danger">{t("nobody")}</span>}</td>
                  <td>
                    <AssignForm kind={r.kind} targetId={r.id} label={labelOf(r)} reviewers={reviewers.filter((p) => !r.authorIds.includes(p.id))} />
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
