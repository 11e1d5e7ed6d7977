// The review once the redaction is open, rendered inside the page's Suspense boundary.
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/policy";
import { NotFound } from "@/lib/errors";
import { openRedaction, type RedactionView } from "@/lib/redaction/open-redaction";
import { DetectionError } from "@/lib/redaction/off-thread/detect-off-thread";
import { acceptedSpans } from "@/lib/redaction/model/apply-redaction";
import { STATE_LABEL } from "@/lib/redaction/model/redaction-states";
import { HighlightedText } from "@/components/redaction/highlighted-text";
import { DetectionProblem } from "@/components/redaction/analysing-transcript";
import { ReviewDecisionForm } from "./review-decision-form";

export async function ReviewView({ reviewer, testimonyId, requestId }: { reviewer: Actor; testimonyId: string; requestId: string }) {
  const opened: RedactionView | DetectionError = await openRedaction(reviewer, testimonyId, "review", requestId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    if (error instanceof DetectionError) return error;
    throw error;
  });
  if (opened instanceof DetectionError) return <DetectionProblem title="Review redaction" message={opened.message} />;
  const view = opened;
  const dir = view.language === "ar" ? "rtl" : "auto";
  const spans = acceptedSpans(view.work.spans);
  const dismissed = view.residual.filter((r) => r.dismissal);
  return (
    <>
      <h1>
        Review redaction · {view.sourceCode} <span className="badge" data-testid="redaction-state">{STATE_LABEL[view.state]}</span>
      </h1>
      {!view.mayApprove ? (
        <p className="alert alert-error" role="note">
          You edited this redaction, so another reviewer must decide on it.
        </p>
      ) : null}
      <div className="grid-2">
        <section className="card" aria-labelledby="original-heading">
          <h2 id="original-heading">Original, with accepted spans</h2>
          <HighlightedText text={view.text} spans={spans} dir={dir} lang={view.language} />
        </section>
        <section className="card" aria-labelledby="redacted-heading">
          <h2 id="redacted-heading">Redacted text</h2>
          <div className="transcript" dir={dir} lang={view.language} data-testid="redacted-text" tabIndex={0} aria-label="Redacted text">
            {view.redactedText}
          </div>
          <p className="muted">
            SHA-256 <code>{view.textHash.slice(0, 16)}…</code>
          </p>
        </section>
      </div>
      <section className="card" aria-labelledby="residual-heading">
        <h2 id="residual-heading">Left in the text</h2>
        {view.residual.length === 0 ? (
          <p>Every detector finding and dictionary match is covered.</p>
        ) : (
          <ul>
            {view.residual.map((r) => (
              <li key={r.key}>
                <mark className={`span t-${r.type}`}>{r.text}</mark> {r.fromDictionary ? "dictionary entry" : r.type}
                {r.dismissal ? <> — dismissed: “{r.dismissal.reason}”</> : r.blocking ? <strong> — not covered</strong> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="muted">{dismissed.length} dismissed with a reason.</p>
      </section>
      {view.state === "IN_REVIEW" && view.mayApprove ? (
        <ReviewDecisionForm testimonyId={view.testimonyId} version={view.version} textHash={view.textHash} spans={spans.map((s) => ({ id: s.id, type: s.type, start: s.start }))} />
      ) : view.state === "APPROVED" ? (
        <p className="alert alert-ok" role="status">
          Approved{view.approved ? ` on ${view.approved.approvedAt.toUTCString()}` : ""}.
        </p>
      ) : view.state !== "IN_REVIEW" ? (
        <p className="muted">This redaction is not waiting for review.</p>
      ) : null}
    </>
  );
}
