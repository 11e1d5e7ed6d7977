import { useTranslations } from "next-intl";
import type { LeakHit } from "@/lib/content/leak-guard";
import { textDirection } from "@/lib/testimony/languages";

/** A field's text with each leak-guard hit marked where it occurs; without a language, the browser finds the direction. */
export function HighlightedField({ text, hits, language }: { text: string; hits: LeakHit[]; language?: string }) {
  const t = useTranslations("content");
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, hit] of [...hits].sort((a, b) => a.start - b.start).entries()) {
    if (hit.start < at) continue;
    parts.push(text.slice(at, hit.start));
    parts.push(
      <mark key={i} className="leak" title={t(hit.fromDictionary ? "leaks.markDictionary" : "leaks.markDetector", { type: t(`identifierTypes.${hit.type}`) })}>
        {text.slice(hit.start, hit.end)}
        <span className="sr-only">{t(hit.fromDictionary ? "leaks.srDictionary" : "leaks.srDetector", { type: t(`identifierTypes.${hit.type}`) })}</span>
      </mark>,
    );
    at = hit.end;
  }
  parts.push(text.slice(at));
  return (
    <div className="transcript" lang={language} dir={language ? textDirection(language) : "auto"} data-user-content>
      {parts}
    </div>
  );
}
