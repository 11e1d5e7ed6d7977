"use client";
// The editor's workspace: suggestions highlighted in the transcript, decisions
// per span, a live redacted preview and the residual-risk panel. Keyboard:
// n / p next and previous span, a accept, r reject.
import { useCallback, useEffect, useMemo, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { redactedTextFor, findOverlap } from "@/lib/redaction/model/apply-redaction";
import { residualRisks, blockingRisks } from "@/lib/redaction/model/residual-risk";
import type { RedactionSpan, RedactionWork } from "@/lib/redaction/model/types";
import type { RedactionView } from "@/lib/redaction/open-redaction";
import { bdi } from "@/components/redaction/bdi";
import { saveRedactionAction, submitRedactionAction } from "./actions";
import { TranscriptView } from "./transcript-view";
import { SpanEditor } from "./span-editor";
import { ResidualRiskPanel } from "./residual-risk-panel";
import { AddSpanForm } from "./add-span-form";
import { addSpan, markAllOccurrences } from "./span-operations";

type Message = { kind: "ok" | "error"; text: string } | null;

export function RedactionWorkspace({ view, reviewers }: { view: RedactionView; reviewers: { id: string; name: string }[] }) {
  const t = useTranslations("redaction.workspace");
  const states = useTranslations("redaction.states");
  const types = useTranslations("redaction.types");
  const [work, setWork] = useState<RedactionWork>(view.work);
  const [version, setVersion] = useState(view.version);
  const [state, setState] = useState(view.state);
  const [selected, setSelected] = useState(0);
  const [reviewerId, setReviewerId] = useState("");
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();
  const dir = view.language === "ar" ? "rtl" : "auto";

  const overlap = findOverlap(work.spans);
  const preview = useMemo(() => (overlap ? null : redactedTextFor(view.text, work.spans)), [overlap, view.text, work.spans]);
  const residual = useMemo(() => residualRisks(view.findings, work.spans, work.dismissals), [view.findings, work.spans, work.dismissals]);
  const blocking = blockingRisks(residual);
  const suggested = work.spans.filter((s) => s.status === "SUGGESTED").length;

  const update = useCallback((next: RedactionWork) => {
    setWork(next);
    setDirty(true);
    setMessage(null);
  }, []);
  const updateSpan = useCallback(
    (id: string, patch: Partial<RedactionSpan>) => update({ ...work, spans: work.spans.map((s) => (s.id === id ? { ...s, ...patch } : s)) }),
    [update, work],
  );
  const current = work.spans[Math.min(selected, work.spans.length - 1)];

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "n") setSelected((i) => Math.min(i + 1, work.spans.length - 1));
      else if (event.key === "p") setSelected((i) => Math.max(i - 1, 0));
      else if (event.key === "a" && current) updateSpan(current.id, { status: "ACCEPTED" });
      else if (event.key === "r" && current) updateSpan(current.id, { status: "REJECTED" });
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, updateSpan, work.spans.length]);

  function save(then?: () => void) {
    startTransition(async () => {
      const result = await saveRedactionAction(null, { testimonyId: view.testimonyId, expectedVersion: version, work });
      if (!result.ok) return setMessage({ kind: "error", text: result.error });
      const saved = result.data as { version: number; state: typeof state };
      setVersion(saved.version);
      setState(saved.state);
      setDirty(false);
      setMessage({ kind: "ok", text: saved.state !== state ? t("savedBackToDraft") : t("saved") });
      then?.();
    });
  }

  function submit() {
    startTransition(async () => {
      const result = await submitRedactionAction(null, { testimonyId: view.testimonyId, expectedVersion: version, reviewerId });
      if (!result.ok) return setMessage({ kind: "error", text: result.error });
      setVersion((v) => v + 1);
      setState("IN_REVIEW");
      setMessage({ kind: "ok", text: result.message ?? t("submitted") });
    });
  }

  return (
    <div className="workspace">
      <header className="workspace-head">
        <h1>
          {t.rich("heading", { code: view.sourceCode, bdi })}{" "}
          <span className="badge" data-testid="redaction-state">
            {states(state)}
          </span>
        </h1>
        <p className="muted">
          {t.rich("summary", { spans: work.spans.length, suggested, kbd: (chunks) => <kbd>{chunks}</kbd> })}
        </p>
        {view.latestReview?.decision === "CHANGES_REQUESTED" && view.latestReview.comments ? (
          <div className="alert alert-error" role="note">
            <strong>{t("changesRequested")}</strong> <span dir="auto">{view.latestReview.comments.general}</span>
            <ul>
              {view.latestReview.comments.spans.map((c) => {
                const span = work.spans.find((s) => s.id === c.spanId);
                return (
                  <li key={c.spanId}>
                    {span ? t("spanAt", { type: types(span.type), start: String(span.start) }) : ""}
                    <span dir="auto">{c.comment}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        <div className="toolbar">
          <button type="button" className="secondary" disabled={pending || suggested === 0} onClick={() => update({ ...work, spans: work.spans.map((s) => (s.status === "SUGGESTED" ? { ...s, status: "ACCEPTED" } : s)) })}>
            {t("acceptAll", { count: suggested })}
          </button>
          <button type="button" disabled={pending || !dirty || Boolean(overlap)} onClick={() => save()}>
            {pending ? t("working") : dirty ? t("save") : t("savedButton")}
          </button>
          {state === "DRAFT" || state === "CHANGES_REQUESTED" ? (
            <>
              {/* Only the reviewer chosen here may open the raw testimony to judge this redaction. */}
              <label htmlFor="submit-reviewer">{t("reviewer")}</label>
              <select id="submit-reviewer" value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
                <option value="">{t("chooseReviewer")}</option>
                {reviewers.map((r) => (
                  <option key={r.id} value={r.id} dir="auto">
                    {r.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <button type="button" disabled={pending || dirty || blocking.length > 0 || !reviewerId || !(state === "DRAFT" || state === "CHANGES_REQUESTED")} onClick={submit}>
            {t("submit")}
          </button>
        </div>
        {message ? (
          <p className={`alert ${message.kind === "ok" ? "alert-ok" : "alert-error"}`} role={message.kind === "ok" ? "status" : "alert"}>
            {message.text}
          </p>
        ) : null}
        {dirty ? <p className="muted">{t("unsaved")}</p> : null}
        {overlap ? (
          <p className="alert alert-error" role="alert">
            {t("overlap")}
          </p>
        ) : null}
      </header>

      <div className="workspace-grid">
        <section aria-labelledby="transcript-heading" className="card">
          <h2 id="transcript-heading">{t("transcript")}</h2>
          <TranscriptView text={view.text} spans={work.spans} selectedId={current?.id} dir={dir} lang={view.language} onSelect={(id) => setSelected(work.spans.findIndex((s) => s.id === id))} onAddSelection={(start, end, type) => update(addSpan(work, view.text, start, end, type))} />
          <AddSpanForm onAdd={(needle, type) => update(markAllOccurrences(work, view.text, needle, type))} />
        </section>
        <aside className="workspace-side">
          {current ? <SpanEditor key={current.id} span={current} text={view.text} index={selected} count={work.spans.length} onChange={(patch) => updateSpan(current.id, patch)} onMove={(d) => setSelected((i) => Math.max(0, Math.min(work.spans.length - 1, i + d)))} /> : <p className="empty">{t("noSpans")}</p>}
          <ResidualRiskPanel risks={residual} onDismiss={(key, reason) => update({ ...work, dismissals: [...work.dismissals.filter((d) => d.key !== key), { key, reason }] })} onUndo={(key) => update({ ...work, dismissals: work.dismissals.filter((d) => d.key !== key) })} />
        </aside>
      </div>

      <section aria-labelledby="preview-heading" className="card">
        <h2 id="preview-heading">{t("preview")}</h2>
        <div className="transcript" dir={dir} lang={view.language} data-testid="redacted-preview" data-user-content tabIndex={0} aria-label={t("preview")}>
          {preview ?? "—"}
        </div>
      </section>
    </div>
  );
}
