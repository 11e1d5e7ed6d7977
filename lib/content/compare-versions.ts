// Two versions side by side with word-level changes: the parts only in the older
// version are removals, the parts only in the newer are insertions.
import { diffWords } from "diff";

export type DiffPart = { text: string; change: "same" | "added" | "removed" };

export function diffText(older: string, newer: string): DiffPart[] {
  return diffWords(older, newer).map((p) => ({ text: p.value, change: p.added ? "added" : p.removed ? "removed" : "same" }));
}
