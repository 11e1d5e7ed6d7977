// Loads the labelled corpus (corpus/redaction/{dev,heldout}) for the bench and the quality test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { IDENTIFIER_TYPES } from "../types";
import type { LabelledDocument } from "./markup";

export const CORPUS_ROOT = path.resolve(__dirname, "../../../../corpus/redaction");
export const SPLITS = ["dev", "heldout"] as const;
export type Split = (typeof SPLITS)[number];

const LabelsFile = z.object({
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.enum(IDENTIFIER_TYPES), text: z.string() })),
  known: z.array(z.string()),
});

export function loadSplit(split: Split, root = CORPUS_ROOT): LabelledDocument[] {
  const dir = path.join(root, split);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".txt".length);
      const text = readFileSync(path.join(dir, file), "utf8");
      const labels = LabelsFile.parse(JSON.parse(readFileSync(path.join(dir, `${name}.labels.json`), "utf8")));
      return { name, text, spans: labels.spans, known: labels.known };
    });
}

/** Every label must be an exact slice of its document, or offsets have drifted. */
export function labelErrors(doc: LabelledDocument): string[] {
  return doc.spans
    .filter((span) => doc.text.slice(span.start, span.end) !== span.text || span.start >= span.end)
    .map((span) => `${doc.name}: label ${span.type} "${span.text}" at ${span.start}-${span.end} does not match the text`);
}
