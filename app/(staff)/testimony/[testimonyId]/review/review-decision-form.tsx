"use client";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { approveRedactionAction, requestChangesAction } from "./actions";

type SpanRef = { id: string; type: string; start: number };

export function ReviewDecisionForm({ testimonyId, version, textHash, spans }: { testimonyId: string; version: number; textHash: string; spans: SpanRef[] }) {
  const [approveState, approve, approving] = useActionState(approveRedactionAction, null);
  const [changesState, requestChanges, sending] = useActionState(requestChangesAction, null);
  const done = approveState?.ok || changesState?.ok;
  return (
    <div className="grid-2">
      <form action={approve} className="card">
        <h2>Approve</h2>
        <p>Approval is pinned to exactly this redacted text; any later change reopens review.</p>
        <input type="hidden" name="testimonyId" value={testimonyId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="textHash" value={textHash} />
        <button type="submit" disabled={approving || Boolean(done)}>
          {approving ? "Approving…" : "Approve redaction"}
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
        <h2>Request changes</h2>
        <label htmlFor="general">What needs to change</label>
        <textarea id="general" name="general" rows={3} />
        <FieldError state={changesState} name="general" />
        <details>
          <summary>Comment on a span</summary>
          {spans.map((s) => (
            <div key={s.id}>
              <label htmlFor={`comment-${s.id}`}>
                {s.type} at {s.start}
              </label>
              <input id={`comment-${s.id}`} name={`comment-${s.id}`} />
            </div>
          ))}
        </details>
        <p>
          <button type="submit" className="secondary" disabled={sending || Boolean(done)}>
            {sending ? "Sending…" : "Request changes"}
          </button>
        </p>
        <FormStatus state={changesState} />
      </form>
    </div>
  );
}
