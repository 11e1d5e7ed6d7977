// ts_headline marks matches with private-use characters; the page splits on them
// and renders text nodes, so a snippet can never carry markup into the page.
export const START_SEL = "\uE000";
export const STOP_SEL = "\uE001";
export const HEADLINE_OPTIONS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export type SnippetPart = { text: string; match: boolean };

export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of headline.split(START_SEL).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk.replaceAll(STOP_SEL, ""), match: false });
      continue;
    }
    const stop = chunk.indexOf(STOP_SEL);
    const matched = stop < 0 ? chunk : chunk.slice(0, stop);
    const rest = stop < 0 ? "" : chunk.slice(stop + 1).replaceAll(STOP_SEL, "");
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** For callers that need an HTML string (e.g. an API): escaped text with <mark> around matches. */
export function snippetHtml(headline: string): string {
  return snippetParts(headline)
    .map((p) => {
      const text = p.text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
      return p.match ? `<mark>${text}</mark>` : text;
    })
    .join("");
}
