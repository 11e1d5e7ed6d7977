// Markdown and plain-text renderings of an item, each ending in the visible
// fingerprint line and carrying the invisible mark in its prose.
import type { Token } from "marked";
import { lexMarkdown } from "@/lib/content/markdown-limits";
import { ATTRIBUTION } from "./attribution";
import { embedMark } from "./fingerprint";
import { markBudgetFor, markFor } from "./mark-budget";
import { oneLine } from "@/lib/leak-guard/unseen-text";

/** `attribution` in the recipient organisation's language; English when not given. `contentType` sets the mark's budget (mark-budget.ts); dense when not given. */
export type TextInput = { title: string; bodyMarkdown: string; preparedFor: string; reference: string; attribution?: string; contentType?: string };

/** The title as literal text in a Markdown heading: a tag or image stored in it (before titles were checked) is shown, not rendered. */
function markdownTitle(title: string): string {
  return oneLine(title).replace(/[<>]/g, "\\$&").replace(/!\[/g, "!\\[");
}

export function renderMarkdownFile(input: TextInput): string {
  return markedFile(input, `# ${markdownTitle(input.title)}\n\n`, withoutRawHtml(input.bodyMarkdown).trim(), `\n\n---\n\n${input.attribution ?? ATTRIBUTION}\n`);
}

export function renderPlainTextFile(input: TextInput): string {
  return markedFile(input, `${oneLine(input.title)}\n\n`, plainTextBody(input.bodyMarkdown), `\n\n${input.attribution ?? ATTRIBUTION}\n`);
}

/** The body as the plain-text file carries it, before its mark: what a partner pastes into a post. */
export function plainTextBody(bodyMarkdown: string): string {
  return plainText(lexMarkdown(bodyMarkdown)).replace(/\n{3,}/g, "\n\n").trim();
}

// A dense mark runs through the title and attribution too; a sparse one goes in the body
// alone, since the body is what gets posted.
function markedFile(input: TextInput, head: string, body: string, tail: string): string {
  const text = markBudgetFor(input.contentType) === "dense" ? embedMark(head + body + tail, input.reference) : head + markFor(input.contentType, body, input.reference) + tail;
  return `${text}\n${input.preparedFor}\n`;
}

const HTML_TAG_OR_COMMENT = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g;

/**
 * The Markdown without raw HTML: the reviewer approved what the preview showed, and the
 * preview (like the text and PDF files) never shows HTML — a comment or a remote image
 * must not travel in the file unseen. Code keeps its text.
 */
export function withoutRawHtml(markdown: string): string {
  return lexMarkdown(markdown)
    .map((token) => (token.type === "html" ? "" : token.type === "code" ? token.raw : token.raw.replace(HTML_TAG_OR_COMMENT, "")))
    .join("");
}

// Raw HTML tokens are dropped: an approved body never needs them, and a text file must not carry markup.
export function plainText(tokens: Token[]): string {
  return tokens.map(tokenText).join("");
}

function tokenText(token: Token): string {
  switch (token.type) {
    case "heading":
    case "paragraph":
      return `${inline(token.tokens)}\n\n`;
    case "blockquote":
      return `${plainText(token.tokens ?? [])
        .trim()
        .split("\n")
        .map((line) => (line ? `  “${line}”` : ""))
        .join("\n")}\n\n`;
    case "list":
      return `${(token.items as Token[]).map((item, i) => `${token.ordered ? `${Number(token.start || 1) + i}.` : "•"} ${plainText((item as { tokens?: Token[] }).tokens ?? []).trim()}`).join("\n")}\n\n`;
    case "code":
      return `${token.text}\n\n`;
    case "hr":
      return "\n";
    case "space":
    case "html":
      return "";
    case "text":
      return "tokens" in token && token.tokens ? inline(token.tokens) : token.text;
    default:
      return "raw" in token ? String(token.raw) : "";
  }
}

function inline(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === "link") return `${inline(t.tokens)} (${t.href})`;
      if (t.type === "html") return "";
      if (t.type === "br") return "\n";
      if ("tokens" in t && t.tokens) return inline(t.tokens);
      if (t.type === "escape" || t.type === "codespan" || t.type === "text") return decodeEntities(t.text);
      return "raw" in t ? String(t.raw) : "";
    })
    .join("");
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e] ?? _);
}
