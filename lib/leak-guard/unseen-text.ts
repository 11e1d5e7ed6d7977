// Text a reviewer cannot see must not travel to partners. Two kinds are refused at the
// boundary, with a message saying what to change: bidirectional controls, which make text
// display differently from how it is stored (a reversed name shows as the name), and the
// parts of Markdown a preview never shows — reference definitions, link titles (shown
// only on hover), images (a remote image is fetched when the file is opened: a tracking
// beacon; pictures belong in attachments, where they are cleaned) and raw HTML, whose
// comments and attributes no reviewer sees.
import { marked, type Token, type Tokens } from "marked";
import { lexMarkdown } from "@/lib/content/markdown-limits";

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** A catalogue key (forms.json): "Remove the invisible text-direction controls …", translated where the input is parsed. */
export const BIDI_CONTROL_MESSAGE = "forms.bidiControls";

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

/** Catalogue keys (content.json), translated where the input is parsed. */
export const UNSEEN_MARKDOWN = {
  definition: "content.errors.unseen.definition",
  title: "content.errors.unseen.title",
  image: "content.errors.unseen.image",
  html: "content.errors.unseen.html",
} as const;

const LINE_BREAKS_OR_CONTROLS = /[\p{Cc}\u2028\u2029]/u;

/** A catalogue key (forms.json): one-line texts (titles, names) carry no line break or control character. */
export const SINGLE_LINE_MESSAGE = "forms.singleLine";

/** A stored title or name as one line (stored before one-line texts were checked): breaks become spaces, controls go. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/\p{Cc}/gu, "");
}

/** A title or name that a file would show on lines of its own, or with characters no one sees. */
export function breaksLines(text: string): boolean {
  return LINE_BREAKS_OR_CONTROLS.test(text);
}

/** The problems with a Markdown body, each named once. */
export function unseenMarkdownProblems(markdown: string): string[] {
  const problems = new Set<string>();
  marked.walkTokens(lexMarkdown(markdown, { gfm: true }), (token: Token) => {
    if (token.type === "def") problems.add(UNSEEN_MARKDOWN.definition);
    if (token.type === "image") problems.add(UNSEEN_MARKDOWN.image);
    if (token.type === "link" && (token as Tokens.Link).title) problems.add(UNSEEN_MARKDOWN.title);
    if (token.type === "html") problems.add(UNSEEN_MARKDOWN.html);
  });
  return [...problems];
}
