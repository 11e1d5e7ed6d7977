import type { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";

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
          </li>
        ))}
      </ul>
    </section>
  );
}
