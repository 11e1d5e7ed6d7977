// The review once the redaction is open, rendered inside the page's Suspense boundary.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { utcMinute } from "@/components/redaction/utc-minute";
import type { Actor } from "@/lib/auth/policy";
import { NotFound } from "@/lib/errors";
import { openRedaction, type RedactionView } from "@/lib/redaction/open-redaction";
import { DetectionError } from "@/lib/redaction/off-thread/detect-off-thread";
import { acceptedSpans } from "@/lib/redaction/model/apply-redaction";
import { bdi } from "@/components/redaction/bdi";
import { HighlightedText } from "@/components/redaction/highlighted-text";
import { DetectionProblem } from "@/components/redaction/analysing-transcript";
import { ReviewDecisionForm } from "./review-decision-form";

export async function ReviewView({ reviewer, testimonyId, requestId }: { reviewer: Actor; testimonyId: string; requestId: string }) {
  const opened: RedactionView | DetectionError = await openRedaction(reviewer, testimonyId, "review", requestId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    if (error instanceof DetectionError) return error;
    throw error;
  });
  const [t, states, types, detection] = await Promise.all([
    getTranslations("redaction.review"),
    getTranslations("redaction.states"),
    getTranslations("redaction.types"),
    getTranslations("redaction.detection"),
  ]);
  if (opened instanceof DetectionError) return <DetectionProblem title={t("title")} message={detection(opened.key)} />;
  const view = opened;
  const dir = view.language === "ar" ? "rtl" : "auto";
  const spans = acceptedSpans(view.work.spans);
  const dismissed = view.residual.filter((r) => r.dismissal);
  return (
    <>
      <h1>
        {t.rich("heading", { code: view.sourceCode, bdi })}{" "}
        <span className="badge" data-testid="redaction-state">
          {states(view.state)}
        </span>
      </h1>
      {!view.mayApprove ? (
        <p className="alert alert-error" role="note">
          {t("youEdited")}
        </p>
      ) : null}
      <div className="grid-2">
        <section className="card" aria-labelledby="original-heading">
          <h2 id="original-heading">{t("original")}</h2>
          <HighlightedText text={view.text} spans={spans} dir={dir} lang={view.language} label={t("originalLabel")} typeLabel={(type) => types(type)} />
        </section>
        <section className="card" aria-labelledby="redacted-heading">
          <h2 id="redacted-heading">{t("redacted")}</h2>
          <div className="transcript" dir={dir} lang={view.language} data-testid="redacted-text" data-user-content tabIndex={0} aria-label={t("redacted")}>
            {view.redactedText}
          </div>
          <p className="muted">
            SHA-256 <code>{view.textHash.slice(0, 16)}…</code>
          </p>
        </section>
      </div>
      <section className="card" aria-labelledby="residual-heading">
        <h2 id="residual-heading">{t("leftInText")}</h2>
        {view.residual.length === 0 ? (
          <p>{t("allCovered")}</p>
        ) : (
          <ul>
            {view.residual.map((r) => (
              <li key={r.key}>
                <mark className={`span t-${r.type}`} dir="auto">
                  {r.text}
                </mark>{" "}
                {r.fromDictionary ? t("dictionaryEntry") : types(r.type)}
                {r.dismissal ? <> {t.rich("dismissed", { reason: r.dismissal.reason, bdi })}</> : r.blocking ? <strong> {t("notCovered")}</strong> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="muted">{t("dismissedCount", { count: dismissed.length })}</p>
      </section>
      {view.state === "IN_REVIEW" && view.mayApprove ? (
        <ReviewDecisionForm testimonyId={view.testimonyId} version={view.version} textHash={view.textHash} spans={spans.map((s) => ({ id: s.id, type: s.type, start: s.start }))} />
      ) : view.state === "APPROVED" ? (
        <p className="alert alert-ok" role="status">
          {view.approved ? t("approvedOn", { when: utcMinute(view.approved.approvedAt) }) : t("approved")}
        </p>
      ) : view.state !== "IN_REVIEW" ? (
        <p className="muted">{t("notWaiting")}</p>
      ) : null}
    </>
  );
}
