// The labelled clean corpus (corpus/leak-guard/clean): invented counter-narrative paragraphs
// that identify nobody, so any block by the leak guard on them is a false block.
import { z } from "zod";
import english from "@/corpus/leak-guard/clean/clean-en.json";
import arabic from "@/corpus/leak-guard/clean/clean-ar.json";

export const CLEAN_KINDS = ["quote-card", "article", "social-post", "video-script", "briefing"] as const;
export type CleanKind = (typeof CLEAN_KINDS)[number];
export type CleanLanguage = "en" | "ar";

const CorpusFile = z.object({
  about: z.string().min(1),
  paragraphs: z.array(z.object({ id: z.string().regex(/^(en|ar)-\d{3}$/), kind: z.enum(CLEAN_KINDS), text: z.string().min(1) })),
});

export type CleanParagraph = { id: string; language: CleanLanguage; kind: CleanKind; text: string };

function paragraphsOf(file: unknown, language: CleanLanguage): CleanParagraph[] {
  return CorpusFile.parse(file).paragraphs.map((p) => ({ ...p, language }));
}

/** Every clean paragraph, English first, each with its stable id ("en-001", "ar-042"). */
export function cleanParagraphs(language?: CleanLanguage): CleanParagraph[] {
  const all = [...paragraphsOf(english, "en"), ...paragraphsOf(arabic, "ar")];
  return language ? all.filter((p) => p.language === language) : all;
}

/** The false-block rate the leak guard must stay under on this corpus. */
export const MAX_FALSE_BLOCK_RATE = 0.02;
