// An invented transcript for one synthetic source: prose in its language with a few of the
// source's dictionary entries spoken in it, and the redaction spans that cover them, so
// the stored redaction, its redacted text and the leak guard's index agree as in real use.
import type { Random } from "@/lib/leak-guard/testing/prng";
import type { SyntheticSource } from "@/lib/leak-guard/testing/synthetic-sources";
import type { RedactionSpan } from "@/lib/redaction/model/types";
import { paragraph, type SeedLanguage } from "./fictional-text";

const LEAD_INS: Record<SeedLanguage, (identifier: string) => string> = {
  en: (identifier) => `Interviewer: Who else knew? Answer: Only ${identifier}, and later the others.`,
  ar: (identifier) => `المحاور: من كان يعرف أيضاً؟ الجواب: فقط ${identifier}، ثم الآخرون.`,
  fr: (identifier) => `Intervieweur : Qui d'autre savait ? Réponse : seulement ${identifier}, puis les autres.`,
};

export type FictionalTranscript = { text: string; spans: RedactionSpan[] };

/** Paragraphs of prose, each of the first entries spoken once in its own line (spans cover them exactly). */
export function fictionalTranscript(random: Random, source: SyntheticSource, language: SeedLanguage, accepted: boolean): FictionalTranscript {
  const spoken = source.entries.slice(0, random.int(1, Math.min(3, source.entries.length)));
  let text = "";
  const spans: RedactionSpan[] = [];
  spoken.forEach((entry, index) => {
    text += paragraph(random, language, random.int(3, 6)) + "\n\n";
    const line = LEAD_INS[language](entry.text);
    const start = text.length + line.indexOf(entry.text);
    spans.push({
      id: `s${index + 1}`,
      start,
      end: start + entry.text.length,
      type: entry.type,
      origin: "dictionary",
      status: accepted ? "ACCEPTED" : "SUGGESTED",
      treatment: { kind: "PLACEHOLDER" },
      entity: entry.text,
    });
    text += line + "\n\n";
  });
  text += paragraph(random, language, random.int(3, 8)) + "\n";
  return { text, spans };
}
