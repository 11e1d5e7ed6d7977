// Markdown to HTML that is safe to inject: marked renders, sanitize-html keeps only
// a strict allowlist (no raw HTML blocks, scripts, iframes, event handlers or script URLs).
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { m } from "@/lib/i18n/translate";
import { MARKDOWN_LIMIT_KEYS, markdownLimitProblem } from "./markdown-limits";

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "strong", "em", "del", "code", "pre", "a", "table", "thead", "tbody", "tr", "th", "td"],
  // no link titles: a reviewer sees them only on hover
  allowedAttributes: { a: ["href"], th: ["align"], td: ["align"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
};
// rel is added by the transform, after the attribute filter has run.
ALLOWED.allowedAttributes = { ...ALLOWED.allowedAttributes, a: ["href", "rel"] };

export function renderMarkdown(markdown: string): string {
  // A stored body past the limits (saved before they existed) is named, not parsed.
  const problem = markdownLimitProblem(markdown);
  if (problem) return `<p class="alert alert-error" role="alert">${sanitizeHtml(m("content.errors.tooComplexToShow", { problem: m(MARKDOWN_LIMIT_KEYS[problem]!) }), { allowedTags: [] })}</p>`;
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, ALLOWED);
}
