import { renderMarkdown } from "@/lib/content/render-markdown";
import { textDirection } from "@/lib/testimony/languages";

/** Server-rendered: the HTML is sanitised by renderMarkdown before it reaches the page. */
export function MarkdownPreview({ markdown, language }: { markdown: string; language: string }) {
  return <div className="card content-preview" lang={language} dir={textDirection(language)} data-user-content dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
