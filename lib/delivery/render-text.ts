// Markdown and plain-text renderings of an item, each ending in the visible
// fingerprint line and carrying the invisible mark in its prose.
import type { Token } from "marked";
import { lexMarkdown } from "@/lib/content/markdown-limits";
import { ATTRIBUTION } from "./attribution";
import { embedMark } from "./fingerprint";
import { oneLine } from "@/lib/leak-guard/unseen-text";

/** `attribution` in the recipient organisation's language; English when not given. */
export type TextInput = { title: string; bodyMarkdown: string; preparedFor: string; reference: string; attribution?: string };

/** The title as literal text in a Markdown heading: a tag or image stored in it (before titles were checked) is shown, not rendered. */
function markdownTitle(title: string): string {
  return oneLine(title).replace(/[<>]/g, "\\$&").replace(/!\[/g, "!\\[");
}

export function renderMarkdownFile(input: TextInput): string {
  const text = `# ${markdownTitle(input.title)}\n\n${withoutRawHtml(input.bodyMarkdown).trim()}\n\n---\n\n${input.attribution ?? ATTRIBUTION}\n`;
  return `${embedMark(text, input.reference)}\n${input.preparedFor}\n`;
}

export function renderPlainTextFile(input: TextInput): string {
  const body = plainText(lexMarkdown(input.bodyMarkdown)).replace(/\n{3,}/g, "\n\n").trim();
  const text = `${oneLine(input.title)}\n\n${body}\n\n${input.attribution ?? ATTRIBUTION}\n`;
  return `${embedMark(text, input.reference)}\n${input.preparedFor}\n`;
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
