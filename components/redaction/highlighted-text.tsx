import type { RedactionSpan } from "@/lib/redaction/model/types";

/** Read-only transcript with the given spans marked by type. */
export function HighlightedText({ text, spans, dir, lang }: { text: string; spans: RedactionSpan[]; dir: "rtl" | "auto"; lang: string }) {
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    pieces.push(text.slice(cursor, span.start));
    pieces.push(
      <mark key={span.id} className={`span t-${span.type} s-${span.status}`} title={span.type}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  pieces.push(text.slice(cursor));
  return (
    <div className="transcript" dir={dir} lang={lang} tabIndex={0} aria-label="Original transcript">
      {pieces}
    </div>
  );
}
