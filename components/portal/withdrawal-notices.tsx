import type { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";
import { ConfirmRemovedForm } from "./confirm-removed-form";

type Notices = Awaited<ReturnType<typeof listWithdrawalNotices>>;

/** Items this organisation downloaded that have since been withdrawn: take them down. */
export function WithdrawalNotices({ notices }: { notices: Notices }) {
  if (notices.length === 0) return null;
  return (
    <section className="card notice" aria-labelledby="withdrawn-heading" data-testid="withdrawal-notices">
      <h2 id="withdrawn-heading">Withdrawn — take these down</h2>
      <p>
        Material you downloaded has been withdrawn. Stop using it at once and remove every copy you have published or passed on.
      </p>
      <ul>
        {notices.map((notice) => (
          <li key={notice.id}>
            {/* A title the leak guard flags arrives already replaced by "An item you downloaded (ref …)". */}
            <strong lang={notice.titleWithheld ? undefined : notice.language} dir="auto" data-testid={notice.titleWithheld ? "withheld-title" : undefined}>
              {notice.title}
            </strong>{" "}
            — {notice.underReview ? "withdrawn for review" : notice.consentWithdrawn ? "the speaker withdrew consent" : "retired"}
            {notice.retiredAt ? ` on ${notice.retiredAt.toISOString().slice(0, 10)}` : ""}. Your copies: {notice.downloads.map((d) => `ref ${d.reference} (${d.format}, ${d.createdAt.toISOString().slice(0, 10)})`).join(", ")}.
            {notice.takedown ? (
              notice.takedown.acknowledgedAt ? (
                <>
                  {" "}
                  <span className="badge badge-ok" data-testid="removal-confirmed">
                    Removal confirmed {utcMinute(notice.takedown.acknowledgedAt)}
                  </span>
                </>
              ) : (
                <>
                  {" "}
                  <span className={notice.takedown.overdue ? "badge badge-danger" : "muted"}>
                    {notice.takedown.overdue ? "Overdue: remove and confirm now" : `Remove by ${utcMinute(notice.takedown.deadlineAt)}`}
                  </span>
                  <ConfirmRemovedForm takedownId={notice.takedown.id} label={notice.downloads.map((d) => `ref ${d.reference}`).join(", ")} />
                </>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
