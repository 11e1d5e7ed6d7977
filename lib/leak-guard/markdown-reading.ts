// What a reader sees when a Markdown body is rendered — "Ra**sh**id", "Ra`sh`id",
// "R&#97;shid" and "Ra<!---->shid" all read "Rashid" — with, for each character read, the
// place in the Markdown it came from, so an editor is told where to look in what they wrote.
// Marked's tokens carry their source text (raw) but not its position; each token is found
// again inside its parent's source, line by line where a quote or list prefix was removed.
import { decodeHTML } from "entities";
import { marked, type Token, type Tokens } from "marked";
import { markdownLimitProblem } from "@/lib/content/markdown-limits";

export type Reading = { text: string; from: number[]; to: number[] };

/** A piece of the source: its text and, per character, the source range it is. */
type Region = { text: string; from: number[]; to: number[] };

class ReadingBuilder {
  readonly chars: string[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  push(text: string, from: number, to: number): void {
    // one entry per UTF-16 unit, so positions line up with the joined string
    for (let k = 0; k < text.length; k++) {
      this.chars.push(text[k]!);
      this.from.push(from);
      this.to.push(to);
    }
  }
  /** A blank line between blocks, so words of two paragraphs never run together. */
  separate(at: number): void {
    if (this.chars.length > 0 && this.chars.at(-1) !== "\n") this.push("\n\n", at, at);
  }
}

function sourceRegion(source: string): Region {
  return { text: source, from: Array.from({ length: source.length }, (_, i) => i), to: Array.from({ length: source.length }, (_, i) => i + 1) };
}

/** Finds `raw` in `region` after `cursor`, whole or line by line; unplaceable lines map to the cursor. */
function locate(raw: string, region: Region, cursor: { at: number }): Region {
  const whole = region.text.indexOf(raw, cursor.at);
  const pick = (start: number, length: number): Region => ({ text: region.text.slice(start, start + length), from: region.from.slice(start, start + length), to: region.to.slice(start, start + length) });
  if (whole >= 0) {
    cursor.at = whole + raw.length;
    return pick(whole, raw.length);
  }
  const out: Region = { text: "", from: [], to: [] };
  raw.split("\n").forEach((line, i) => {
    if (i > 0) {
      const at = region.from[cursor.at] ?? region.to.at(-1) ?? 0;
      out.text += "\n";
      out.from.push(at);
      out.to.push(at);
    }
    const found = line === "" ? -1 : region.text.indexOf(line, cursor.at);
    if (found >= 0) {
      const piece = pick(found, line.length);
      out.text += piece.text;
      out.from.push(...piece.from);
      out.to.push(...piece.to);
      cursor.at = found + line.length;
    } else {
      const at = region.from[cursor.at] ?? region.to.at(-1) ?? 0;
      out.text += line;
      for (let k = 0; k < line.length; k++) {
        out.from.push(at);
        out.to.push(at);
      }
    }
  });
  return out;
}

const ENTITY = /^&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/i;

/** Pushes decoded `text` aligned with the `region` it was decoded from (entities and escapes span several source characters). */
function pushAligned(out: ReadingBuilder, raw: string, region: Region): void {
  // marked decodes numeric entities but leaves named ones ("Ab&shy;o"), which a browser reads
  const text = raw.includes("&") ? decodeHTML(raw) : raw;
  let p = 0;
  for (const char of text) {
    if (region.text.startsWith(char, p)) {
      out.push(char, region.from[p] ?? 0, region.to[p + char.length - 1] ?? 0);
      p += char.length;
      continue;
    }
    const entity = ENTITY.exec(region.text.slice(p, p + 12));
    const skip = entity ? entity[0].length : region.text[p] === "\\" ? 2 : 1;
    out.push(char, region.from[p] ?? region.to.at(-1) ?? 0, region.to[Math.min(p + skip, region.text.length) - 1] ?? 0);
    p = Math.min(p + skip, region.text.length);
  }
}

const TAG = /<!--[\s\S]*?-->|<[^>]*>/g;

function inline(tokens: Token[] | undefined, region: Region, out: ReadingBuilder): void {
  const cursor = { at: 0 };
  for (const token of tokens ?? []) {
    const t = token as Tokens.Generic;
    const own = locate(String(t.raw ?? ""), region, cursor);
    switch (t.type) {
      case "html":
      case "checkbox":
        break;
      case "br":
        out.push("\n", own.from[0] ?? 0, own.to.at(-1) ?? 0);
        break;
      case "text":
      case "escape":
      case "codespan":
        if (t.tokens?.length) inline(t.tokens, own, out);
        else pushAligned(out, String(t.text ?? ""), t.type === "codespan" ? locate(String(t.text ?? ""), own, { at: 0 }) : own);
        break;
      default:
        // strong, em, del, link, image (its alt text is read like body text)
        if (t.tokens?.length) inline(t.tokens, own, out);
        else if (typeof t.text === "string") pushAligned(out, t.text, own);
    }
  }
}

function blocks(tokens: Token[], region: Region, out: ReadingBuilder): void {
  const cursor = { at: 0 };
  for (const token of tokens) {
    const t = token as Tokens.Generic;
    const own = locate(String(t.raw ?? ""), region, cursor);
    switch (t.type) {
      case "space":
      case "def":
      case "hr":
        break;
      case "code":
        pushAligned(out, String(t.text ?? ""), locate(String(t.text ?? ""), own, { at: 0 }));
        break;
      case "html":
        // a sanitiser drops the tags of raw HTML but shows the text between them
        pushAligned(out, String(t.raw ?? "").replace(TAG, " "), own);
        break;
      case "blockquote":
        blocks(t.tokens ?? [], own, out);
        break;
      case "list":
        for (const item of (t as Tokens.List).items) blocks(item.tokens, locate(item.raw, own, { at: 0 }), out);
        break;
      case "table": {
        const table = t as Tokens.Table;
        const cells = { at: 0 };
        for (const row of [table.header, ...table.rows]) {
          for (const cell of row) inline(cell.tokens, locate(cell.text, own, cells), out);
          out.separate(own.to.at(-1) ?? 0);
        }
        break;
      }
      default:
        // heading, paragraph, text
        if (t.tokens?.length) inline(t.tokens, own, out);
        else pushAligned(out, String(t.text ?? ""), own);
    }
    out.separate(own.to.at(-1) ?? 0);
  }
}

export function readMarkdown(source: string): Reading {
  // Past the size or nesting limits the source is not parsed: the guard reads it as it is
  // stored, every character, which hides nothing (the body is never shown or delivered parsed either).
  if (markdownLimitProblem(source)) return sourceRegion(source);
  const out = new ReadingBuilder();
  blocks(marked.lexer(source, { gfm: true }), sourceRegion(source), out);
  return { text: out.chars.join(""), from: out.from, to: out.to };
}
