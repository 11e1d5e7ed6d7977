// The redaction of one testimony: which stretches of the transcript are
// identifiers, what the editor decided for each, and why risks were left.
// Pure data, shared by the server and the workspace in the browser.
import { z } from "zod";
import { IDENTIFIER_TYPES, type IdentifierType } from "@/lib/redaction/detector/types";

export type { IdentifierType };
export { IDENTIFIER_TYPES };

export const Treatment = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("REMOVE") }),
  z.object({ kind: z.literal("PLACEHOLDER") }),
  z.object({ kind: z.literal("GENERALISE"), text: z.string().trim().min(1, "redaction.errors.writeGeneralisation").max(200) }),
]);
export type Treatment = z.infer<typeof Treatment>;

export const RedactionSpan = z.object({
  id: z.string().min(1).max(64),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  type: z.enum(IDENTIFIER_TYPES),
  origin: z.enum(["detector", "dictionary", "manual"]),
  status: z.enum(["SUGGESTED", "ACCEPTED", "REJECTED"]),
  treatment: Treatment,
  // The dictionary entry this span matched: variant spellings share a placeholder number.
  entity: z.string().max(300).optional(),
});
export type RedactionSpan = z.infer<typeof RedactionSpan>;

export const Dismissal = z.object({
  key: z.string().min(1).max(200),
  reason: z.string().trim().min(3, "redaction.errors.dismissalReason").max(500),
  by: z.string().max(64).optional(),
  at: z.string().max(40).optional(),
});
export type Dismissal = z.infer<typeof Dismissal>;

export const RedactionWork = z.object({
  spans: z.array(RedactionSpan).max(20_000),
  dismissals: z.array(Dismissal).max(20_000),
});
export type RedactionWork = z.infer<typeof RedactionWork>;

/** A finding the detector or the dictionary made in the original transcript. */
export type Finding = { start: number; end: number; type: IdentifierType; text: string; fromDictionary: boolean };
