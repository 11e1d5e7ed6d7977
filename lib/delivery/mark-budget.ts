// How much invisible mark each content type carries. A partner reads, prints or re-edits
// long-form items, so they keep the dense mark: any excerpt of six words names its download.
// A social post is posted as it is, on platforms that count every character (X weighs each
// mark character as one or two of its 280), so it gets a sparse mark: one frame, or two in a
// longer post. A whole post, or a copy of its middle, still names its download; a shorter
// excerpt is traced by its wording (trace-leak.ts), which names the item and every
// organisation that took it rather than one download.
import { embedMark, embedSparseMark, markableGaps } from "./fingerprint";

export type MarkBudget = "dense" | "sparse";

const SPARSE_TYPES: ReadonlySet<string> = new Set(["SOCIAL_POST"]);

/**
 * From this many markable words on, a sparsely marked text carries a second frame. Below it
 * is about what X's 280 holds, where a second frame would cost up to 50 more; longer posts go
 * where there is room, and there a second frame keeps a trimmed copy traceable.
 */
export const SECOND_FRAME_FROM_WORDS = 60;

/** Any type not known to be short-form is marked densely: an unknown type never loses its mark. */
export function markBudgetFor(contentType: string | undefined): MarkBudget {
  return contentType !== undefined && SPARSE_TYPES.has(contentType) ? "sparse" : "dense";
}

/** The frames a sparsely marked text carries. */
export function sparseFrames(text: string): number {
  const gaps = markableGaps(text);
  return gaps === 0 ? 0 : gaps < SECOND_FRAME_FROM_WORDS ? 1 : 2;
}

/** The text marked for `reference` as its content type's budget allows. */
export function markFor(contentType: string | undefined, text: string, reference: string): string {
  return markBudgetFor(contentType) === "sparse" ? embedSparseMark(text, reference, sparseFrames(text)) : embedMark(text, reference);
}
