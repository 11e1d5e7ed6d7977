// Markdown to a flat list of blocks the PDF writer can lay out: headings, paragraphs, list
// items (with their marker), quotes (by depth), code and rules. Raw HTML and images are dropped.
import { decodeHTML } from "entities";
import { drawable } from "./drawable-text";
import type { MarkedToken, Token } from "marked";
import { lexMarkdown } from "@/lib/content/markdown-limits";

export type Inline = { text: string; bold: boolean; italic: boolean };
export type TextRole = "h1" | "h2" | "h3" | "body" | "code";
export type TextBlock = { kind: "text"; role: TextRole; runs: Inline[]; quoteDepth: number; listDepth: number; marker: string | null };
export type Block = TextBlock | { kind: "rule" };

type Context = { quoteDepth: number; listDepth: number; pending: { marker: string | null } };
type Style = { bold: boolean; italic: boolean };

// Every HTML entity a browser would decode, named or numeric: the PDF shows what the preview shows.
function decodeEntities(text: string): string {
  return drawable(text.includes("&") ? decodeHTML(text) : text);
}

function inlineRuns(tokens: Token[] | undefined, style: Style, out: Inline[] = []): Inline[] {
  for (const token of tokens ?? []) {
    const t = token as MarkedToken;
    switch (t.type) {
      case "text":
        if (t.tokens?.length) inlineRuns(t.tokens, style, out);
        else out.push({ text: decodeEntities(t.text).replace(/\s+/g, " "), ...style });
        break;
      case "escape":
        out.push({ text: drawable(t.text), ...style });
        break;
      case "codespan":
        out.push({ text: decodeEntities(t.text).replace(/\s+/g, " "), ...style });
        break;
      case "strong":
        inlineRuns(t.tokens, { ...style, bold: true }, out);
        break;
      case "em":
        inlineRuns(t.tokens, { ...style, italic: true }, out);
        break;
      case "del":
      case "link":
        inlineRuns(t.tokens, style, out);
        break;
      case "br":
        out.push({ text: "\n", ...style });
        break;
      default:
        // html, image, checkbox: nothing is rendered and nothing is fetched
        break;
    }
  }
  return out;
}

/** Joins neighbours of the same style, collapses the spaces left by dropped tokens, trims the ends. */
function tidy(runs: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    const text = last?.text.endsWith(" ") ? run.text.replace(/^ +/, "") : run.text;
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += text;
    else merged.push({ ...run, text });
  }
  if (merged[0]) merged[0].text = merged[0].text.trimStart();
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.trimEnd();
  return merged.filter((r) => r.text.length > 0);
}

function pushText(out: Block[], ctx: Context, role: TextRole, runs: Inline[]): void {
  const tidied = role === "code" ? runs : tidy(runs);
  if (tidied.length === 0 && !ctx.pending.marker) return;
  out.push({ kind: "text", role, runs: tidied, quoteDepth: ctx.quoteDepth, listDepth: ctx.listDepth, marker: ctx.pending.marker });
  ctx.pending.marker = null;
}

const plain: Style = { bold: false, italic: false };

function walk(tokens: Token[], ctx: Context, out: Block[]): void {
  for (const token of tokens) {
    const t = token as MarkedToken;
    switch (t.type) {
      case "heading":
        pushText(out, ctx, t.depth === 1 ? "h1" : t.depth === 2 ? "h2" : "h3", inlineRuns(t.tokens, plain));
        break;
      case "paragraph":
      case "text":
        pushText(out, ctx, "body", t.tokens?.length ? inlineRuns(t.tokens, plain) : [{ text: decodeEntities(t.text), ...plain }]);
        break;
      case "code":
        pushText(out, ctx, "code", [{ text: drawable(t.text.replace(/\n+$/, "")), ...plain }]);
        break;
      case "blockquote":
        walk(t.tokens, { ...ctx, quoteDepth: ctx.quoteDepth + 1 }, out);
        break;
      case "list": {
        const first = typeof t.start === "number" ? t.start : 1;
        t.items.forEach((item, i) => {
          const marker = item.task ? (item.checked ? "☑" : "☐") : t.ordered ? `${first + i}.` : "•";
          walk(item.tokens, { ...ctx, listDepth: ctx.listDepth + 1, pending: { marker } }, out);
        });
        break;
      }
      case "table": {
        const row = (cells: typeof t.header, style: Style) =>
          cells.flatMap((cell, i) => [...(i > 0 ? [{ text: "  |  ", ...plain }] : []), ...inlineRuns(cell.tokens, style)]);
        pushText(out, ctx, "body", row(t.header, { bold: true, italic: false }));
        for (const cells of t.rows) pushText(out, ctx, "body", row(cells, plain));
        break;
      }
      case "hr":
        out.push({ kind: "rule" });
        break;
      default:
        // html (raw HTML is never rendered), space, def, checkbox
        break;
    }
  }
}

export function markdownBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  walk(lexMarkdown(markdown, { gfm: true }), { quoteDepth: 0, listDepth: 0, pending: { marker: null } }, out);
  return out;
}
