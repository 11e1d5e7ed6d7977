import type { SnippetPart } from "@/lib/search/snippet";
import { textDirection } from "@/lib/testimony/languages";

/** Text nodes only: matched words inside <mark>, everything else escaped by React. */
export function Snippet({ parts, language }: { parts: SnippetPart[]; language: string }) {
  return (
    <p lang={language} dir={textDirection(language)} data-user-content>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
