// How big and how deeply nested a Markdown body may be. marked parses nesting by recursion:
// 2,000 nested ">" overflow its stack, and a list nested a few hundred deep takes seconds;
// its emphasis matching is quadratic in the marks of one paragraph ("_a" 50,000 times: 13 s).
// Bodies are refused past these limits where they are saved (schemas.ts), and anything that
// parses a stored body goes through lexMarkdown, so an older body past them cannot crash a page.
// No server imports: the editor's form shows the same message.
import { marked, type MarkedOptions, type TokensList } from "marked";

export const MARKDOWN_MAX_CHARS = 100_000;
/** Block quotes and list items, counted together. */
export const MARKDOWN_MAX_DEPTH = 20;
/** "*" and "_" in one paragraph (lines between blank lines); at 500 each, a whole body of them parses in about half a second. */
export const MARKDOWN_MAX_EMPHASIS_MARKS = 500;

export const MARKDOWN_TOO_LONG = `Keep the body under ${MARKDOWN_MAX_CHARS.toLocaleString("en")} characters.`;
export const MARKDOWN_TOO_DEEP = `Nest quotes and lists at most ${MARKDOWN_MAX_DEPTH} levels deep (quotes and lists count together).`;
export const MARKDOWN_TOO_MANY_MARKS = `Use at most ${MARKDOWN_MAX_EMPHASIS_MARKS} emphasis marks (* and _) in one paragraph: split it with a blank line, or remove some.`;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export type MarkdownShape = { depth: number; emphasisMarks: number };

/** The nesting depth (below) and the most emphasis marks in one paragraph, read in one pass without parsing. */
export function markdownShape(markdown: string): MarkdownShape {
  let deepest = 0;
  let marks = 0;
  let mostMarks = 0;
  let fence: string | null = null;
  // Content columns of the list items still open: an item at or past one is nested in it.
  const openItems: number[] = [];
  for (const line of markdown.split(/\r\n|\n|\r/)) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (line.trim() === "") marks = 0;
    else marks += countEmphasisMarks(line);
    mostMarks = Math.max(mostMarks, marks);
    let i = 0;
    let column = 0;
    let markers = 0;
    let firstItem: { column: number; content: number } | null = null;
    for (;;) {
      while (line[i] === " " || line[i] === "\t") {
        column += line[i] === "\t" ? 4 - (column % 4) : 1;
        i++;
      }
      if (line[i] === ">") {
        markers++;
        i++;
        column++;
        continue;
      }
      const item = LIST_MARKER.exec(line.slice(i, i + 11))?.[0];
      if (!item) break;
      firstItem ??= { column, content: column + item.length + 1 };
      markers++;
      i += item.length;
      column += item.length;
    }
    let under = 0;
    if (firstItem) {
      while (openItems.length > 0 && openItems.at(-1)! > firstItem.column) openItems.pop();
      under = openItems.length;
      openItems.push(firstItem.content);
    }
    deepest = Math.max(deepest, markers + under);
  }
  return { depth: deepest, emphasisMarks: mostMarks };
}

function countEmphasisMarks(line: string): number {
  let count = 0;
  for (const char of line) if (char === "*" || char === "_") count++;
  return count;
}

/**
 * The deepest nesting of block quotes and list items on any line, read without parsing: the
 * quote and list markers that open a line, plus the list items an indented item sits under.
 * It may count a little more than a Markdown parser would (a "* * *" rule, a marker inside a
 * paragraph), never less; fenced code is skipped.
 */
export function markdownNestingDepth(markdown: string): number {
  return markdownShape(markdown).depth;
}

/** What is wrong with a body's size or nesting, in words for its author; null when nothing is. */
export function markdownLimitProblem(markdown: string): string | null {
  if (markdown.length > MARKDOWN_MAX_CHARS) return MARKDOWN_TOO_LONG;
  const shape = markdownShape(markdown);
  if (shape.depth > MARKDOWN_MAX_DEPTH) return MARKDOWN_TOO_DEEP;
  if (shape.emphasisMarks > MARKDOWN_MAX_EMPHASIS_MARKS) return MARKDOWN_TOO_MANY_MARKS;
  return null;
}

/** The catalogue key (content.json) of each limit's problem, for the person who meets it. */
export const MARKDOWN_LIMIT_KEYS: Record<string, string> = {
  [MARKDOWN_TOO_LONG]: "content.errors.markdownTooLong",
  [MARKDOWN_TOO_DEEP]: "content.errors.markdownTooDeep",
  [MARKDOWN_TOO_MANY_MARKS]: "content.errors.markdownTooManyMarks",
};

/** A stored body past the limits: it is shown as a notice, and not delivered, rather than parsed. */
export class MarkdownTooComplex extends Error {
  constructor(readonly problem: string) {
    super(`This text cannot be shown: it is past the limits of the editor. ${problem}`);
    this.name = "MarkdownTooComplex";
  }
}

/** marked's lexer, for bodies within the limits only. */
export function lexMarkdown(markdown: string, options?: MarkedOptions): TokensList {
  const problem = markdownLimitProblem(markdown);
  if (problem) throw new MarkdownTooComplex(problem);
  return marked.lexer(markdown, options);
}
