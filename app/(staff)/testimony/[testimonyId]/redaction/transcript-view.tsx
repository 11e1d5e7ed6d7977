"use client";
// The transcript with every span highlighted. Each piece carries its offset, so
// a mouse selection maps back to exact positions in the original text.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { bdi } from "@/components/redaction/bdi";
import { IDENTIFIER_TYPES, type IdentifierType, type RedactionSpan } from "@/lib/redaction/model/types";

type Props = {
  text: string;
  spans: RedactionSpan[];
  selectedId?: string;
  dir: "rtl" | "auto";
  lang: string;
  onSelect: (id: string) => void;
  onAddSelection: (start: number, end: number, type: IdentifierType) => void;
};

function offsetOf(node: Node | null, offset: number): number | null {
  let element: HTMLElement | null = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  while (element && element.dataset.start === undefined) element = element.parentElement;
  return element ? Number(element.dataset.start) + offset : null;
}

export function TranscriptView({ text, spans, selectedId, dir, lang, onSelect, onAddSelection }: Props) {
  const t = useTranslations("redaction.transcript");
  const types = useTranslations("redaction.types");
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [type, setType] = useState<IdentifierType>("PERSON");
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    if (span.start > cursor) pieces.push(<span key={`t${cursor}`} data-start={cursor}>{text.slice(cursor, span.start)}</span>);
    pieces.push(
      <mark
        key={span.id}
        data-start={span.start}
        data-testid={`span-${span.start}`}
        className={`span t-${span.type} s-${span.status}${span.id === selectedId ? " selected" : ""}`}
        title={t("spanTitle", { type: types(span.type), status: span.status })}
        onClick={() => onSelect(span.id)}
      >
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  if (cursor < text.length) pieces.push(<span key={`t${cursor}`} data-start={cursor}>{text.slice(cursor)}</span>);

  function onMouseUp() {
    const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    if (!range || range.collapsed) return setSelection(null);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return setSelection(null);
    setSelection({ start, end });
  }

  return (
    <>
      <div className="transcript" dir={dir} lang={lang} onMouseUp={onMouseUp} data-testid="transcript" data-user-content tabIndex={0} aria-label={t("label")}>
        {pieces}
      </div>
      {selection ? (
        <div className="selection-bar" role="group" aria-label={t("addSelectionGroup")}>
          <span className="muted">{t.rich("selected", { text: text.slice(selection.start, selection.end).slice(0, 60), bdi })}</span>
          <label className="sr-only" htmlFor="selection-type">{t("selectionType")}</label>
          <select id="selection-type" value={type} onChange={(e) => setType(e.target.value as IdentifierType)}>
            {IDENTIFIER_TYPES.map((kind) => (
              <option key={kind} value={kind}>
                {types(kind)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => { onAddSelection(selection.start, selection.end, type); setSelection(null); window.getSelection()?.removeAllRanges(); }}>
            {t("addSpan")}
          </button>
        </div>
      ) : null}
    </>
  );
}
