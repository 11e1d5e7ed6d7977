"use client";
// Decisions for the selected span: accept or reject, its type, and its treatment.
import { useState } from "react";
import { IDENTIFIER_TYPES, type IdentifierType, type RedactionSpan } from "@/lib/redaction/model/types";

type Props = { span: RedactionSpan; text: string; index: number; count: number; onChange: (patch: Partial<RedactionSpan>) => void; onMove: (delta: number) => void };

export function SpanEditor({ span, text, index, count, onChange, onMove }: Props) {
  const [generalisation, setGeneralisation] = useState(span.treatment.kind === "GENERALISE" ? span.treatment.text : "");
  return (
    <section className="card" aria-labelledby="span-heading" data-testid="span-editor">
      <h2 id="span-heading">
        Span {index + 1} of {count}
      </h2>
      <p className="span-text">
        <mark className={`span t-${span.type} s-${span.status}`}>{text.slice(span.start, span.end)}</mark>{" "}
        <span className="muted">
          {span.origin} · {span.status.toLowerCase()}
        </span>
      </p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => onMove(-1)} disabled={index === 0} aria-label="Previous span">
          ← Previous
        </button>
        <button type="button" onClick={() => onChange({ status: "ACCEPTED" })} aria-pressed={span.status === "ACCEPTED"}>
          Accept
        </button>
        <button type="button" className="secondary" onClick={() => onChange({ status: "REJECTED" })} aria-pressed={span.status === "REJECTED"}>
          Reject
        </button>
        <button type="button" className="secondary" onClick={() => onMove(1)} disabled={index >= count - 1} aria-label="Next span">
          Next →
        </button>
      </div>
      <label htmlFor="span-type">Type</label>
      <select id="span-type" value={span.type} onChange={(e) => onChange({ type: e.target.value as IdentifierType })}>
        {IDENTIFIER_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <fieldset>
        <legend>Replace with</legend>
        <label className="radio">
          <input type="radio" name="treatment" checked={span.treatment.kind === "PLACEHOLDER"} onChange={() => onChange({ treatment: { kind: "PLACEHOLDER" } })} /> Numbered placeholder ([{span.type} 1])
        </label>
        <label className="radio">
          <input type="radio" name="treatment" checked={span.treatment.kind === "REMOVE"} onChange={() => onChange({ treatment: { kind: "REMOVE" } })} /> [redacted]
        </label>
        <label className="radio">
          <input type="radio" name="treatment" checked={span.treatment.kind === "GENERALISE"} onChange={() => generalisation.trim() && onChange({ treatment: { kind: "GENERALISE", text: generalisation.trim() } })} /> A generalisation
        </label>
        <label htmlFor="generalisation" className="sr-only">
          Generalisation text
        </label>
        <input
          id="generalisation"
          placeholder="e.g. a town in northern Syria"
          value={generalisation}
          onChange={(e) => {
            setGeneralisation(e.target.value);
            if (e.target.value.trim()) onChange({ treatment: { kind: "GENERALISE", text: e.target.value.trim() } });
          }}
        />
      </fieldset>
    </section>
  );
}
