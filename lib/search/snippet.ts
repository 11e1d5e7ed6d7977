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

/**
 * A snippet of plain text around the first of `words` (search-normalised: NFKC, lower case),
 * for texts that are decrypted after the query (approved testimony): up to `maxWords` words,
 * each matching word marked, "…" where the text goes on.
 */
export function wordSnippet(text: string, words: readonly string[], maxWords = 35): SnippetPart[] {
  const wanted = new Set(words);
  const tokens = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, match: wanted.has(m[0].normalize("NFKC").toLowerCase()) }));
  if (tokens.length === 0) return text ? [{ text: text.slice(0, 200), match: false }] : [];
  const first = Math.max(0, tokens.findIndex((t) => t.match));
  const from = Math.max(0, Math.min(first - Math.floor(maxWords / 3), tokens.length - maxWords));
  const to = Math.min(tokens.length, from + maxWords);
  const parts: SnippetPart[] = [];
  const push = (value: string, match: boolean) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += value;
    else parts.push({ text: value, match });
  };
  if (from > 0) push("… ", false);
  let cursor = tokens[from]!.start;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    push(text.slice(cursor, token.start).replace(/\s+/g, " "), false);
    push(text.slice(token.start, token.end), token.match);
    cursor = token.end;
  }
  if (to < tokens.length) push(" …", false);
  return parts;
}
