// The text every leak-guard timing checks: a title and a 600-word English body of clean
// testimony (no identifier), so the figures compare across bench, bench:leak and bench:leak-scale.
import type { CheckedForm } from "@/lib/leak-guard/check-forms";
import { cleanParagraphs } from "@/lib/leak-guard/testing/clean-corpus";

export function sampleCheckFields(): CheckedForm[] {
  const english = cleanParagraphs("en").map((p) => p.text);
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join(" ").split(/\s+/).length < 600; i++) paragraphs.push(english[i % english.length]!);
  return [
    { field: "title", label: "Title", text: "What they promised" },
    { field: "body", label: "Body", text: paragraphs.join("\n\n"), markdown: true },
  ];
}
