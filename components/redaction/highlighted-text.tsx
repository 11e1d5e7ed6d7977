import type { RedactionSpan } from "@/lib/redaction/model/types";

type Props = { text: string; spans: RedactionSpan[]; dir: "rtl" | "auto"; lang: string; label: string; typeLabel: (type: RedactionSpan["type"]) => string };

/** Read-only transcript with the given spans marked by type. The text is the source's, not the interface's. */
export function HighlightedText({ text, spans, dir, lang, label, typeLabel }: Props) {
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    pieces.push(text.slice(cursor, span.start));
    pieces.push(
      <mark key={span.id} className={`span t-${span.type} s-${span.status}`} title={typeLabel(span.type)}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  pieces.push(text.slice(cursor));
  return (
    <div className="transcript" dir={dir} lang={lang} tabIndex={0} aria-label={label} data-user-content>
      {pieces}
    </div>
  );
}
