"use client";
// Decisions for the selected span: accept or reject, its type, and its treatment.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { IDENTIFIER_TYPES, type IdentifierType, type RedactionSpan } from "@/lib/redaction/model/types";

type Props = { span: RedactionSpan; text: string; index: number; count: number; onChange: (patch: Partial<RedactionSpan>) => void; onMove: (delta: number) => void };

export function SpanEditor({ span, text, index, count, onChange, onMove }: Props) {
  const t = useTranslations("redaction.span");
  const types = useTranslations("redaction.types");
  const [generalisation, setGeneralisation] = useState(span.treatment.kind === "GENERALISE" ? span.treatment.text : "");
  return (
    <section className="card" aria-labelledby="span-heading" data-testid="span-editor">
      <h2 id="span-heading">
        {t("heading", { number: index + 1, count })}
      </h2>
      <p className="span-text">
        <mark className={`span t-${span.type} s-${span.status}`} dir="auto">
          {text.slice(span.start, span.end)}
        </mark>{" "}
        <span className="muted">
          {t("originAndStatus", { origin: span.origin, status: span.status })}
        </span>
      </p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => onMove(-1)} disabled={index === 0} aria-label={t("previousSpan")}>
          {t("previous")}
        </button>
        <button type="button" onClick={() => onChange({ status: "ACCEPTED" })} aria-pressed={span.status === "ACCEPTED"}>
          {t("accept")}
        </button>
        <button type="button" className="secondary" onClick={() => onChange({ status: "REJECTED" })} aria-pressed={span.status === "REJECTED"}>
          {t("reject")}
        </button>
        <button type="button" className="secondary" onClick={() => onMove(1)} disabled={index >= count - 1} aria-label={t("nextSpan")}>
          {t("next")}
        </button>
      </div>
      <label htmlFor="span-type">{t("type")}</label>
      <select id="span-type" value={span.type} onChange={(e) => onChange({ type: e.target.value as IdentifierType })}>
        {IDENTIFIER_TYPES.map((kind) => (
          <option key={kind} value={kind}>
            {types(kind)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t("replaceWith")}</legend>
        <label className="radio">
          <input type="radio" name="treatment" checked={span.treatment.kind === "PLACEHOLDER"} onChange={() => onChange({ treatment: { kind: "PLACEHOLDER" } })} /> {t("placeholder", { type: types(span.type) })}
        </label>
        <label className="radio">
          <input type="radio" name="treatment" checked={span.treatment.kind === "REMOVE"} onChange={() => onChange({ treatment: { kind: "REMOVE" } })} /> {t("remove")}
        </label>
        <label className="radio">
          <input type="radio" name="treatment" checked={span.treatment.kind === "GENERALISE"} onChange={() => generalisation.trim() && onChange({ treatment: { kind: "GENERALISE", text: generalisation.trim() } })} /> {t("generalise")}
        </label>
        <label htmlFor="generalisation" className="sr-only">
          {t("generalisationText")}
        </label>
        <input
          id="generalisation"
          placeholder={t("generalisationExample")}
          dir="auto"
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
