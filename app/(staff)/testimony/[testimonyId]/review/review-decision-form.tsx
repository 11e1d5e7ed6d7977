"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { approveRedactionAction, requestChangesAction } from "./actions";

type SpanRef = { id: string; type: string; start: number };

export function ReviewDecisionForm({ testimonyId, version, textHash, spans }: { testimonyId: string; version: number; textHash: string; spans: SpanRef[] }) {
  const t = useTranslations("redaction.review");
  const types = useTranslations("redaction.types");
  const [approveState, approve, approving] = useActionState(approveRedactionAction, null);
  const [changesState, requestChanges, sending] = useActionState(requestChangesAction, null);
  const done = approveState?.ok || changesState?.ok;
  return (
    <div className="grid-2">
      <form action={approve} className="card">
        <h2>{t("approveHeading")}</h2>
        <p>{t("approvePinned")}</p>
        <input type="hidden" name="testimonyId" value={testimonyId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="textHash" value={textHash} />
        <button type="submit" disabled={approving || Boolean(done)}>
          {approving ? t("approving") : t("approve")}
        </button>
        <FormStatus state={approveState} />
      </form>
      <form
        className="card"
        action={(formData) => {
          const comments = spans
            .map((s) => ({ spanId: s.id, comment: String(formData.get(`comment-${s.id}`) ?? "").trim() }))
            .filter((c) => c.comment);
          requestChanges({ testimonyId, expectedVersion: version, general: String(formData.get("general") ?? ""), spans: comments });
        }}
      >
        <h2>{t("requestChanges")}</h2>
        <label htmlFor="general">{t("whatToChange")}</label>
        <textarea id="general" name="general" rows={3} dir="auto" />
        <FieldError state={changesState} name="general" />
        <details>
          <summary>{t("commentOnSpan")}</summary>
          {spans.map((s) => (
            <div key={s.id}>
              <label htmlFor={`comment-${s.id}`}>
                {t("spanAt", { type: types(s.type), start: String(s.start) })}
              </label>
              <input id={`comment-${s.id}`} name={`comment-${s.id}`} dir="auto" />
            </div>
          ))}
        </details>
        <p>
          <button type="submit" className="secondary" disabled={sending || Boolean(done)}>
            {sending ? t("sending") : t("requestChanges")}
          </button>
        </p>
        <FormStatus state={changesState} />
      </form>
    </div>
  );
}
