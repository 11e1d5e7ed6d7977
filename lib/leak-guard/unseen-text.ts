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

export const UNSEEN_MARKDOWN = {
  definition: "Write links inline: reference definitions (\"[label]: https://…\") are not shown to readers but travel in the Markdown file.",
  title: "Remove link titles ([text](https://… \"title\")): readers only see them on hover.",
  image: "Add pictures as attachments, not as images in the text: an image in the text is fetched from elsewhere when the file is opened.",
  html: "Write the text in Markdown, without HTML tags or comments: their attributes and comments are not shown to a reviewer, and files and previews render them differently.",
} as const;

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
