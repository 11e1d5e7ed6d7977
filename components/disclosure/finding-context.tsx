import type { Occurrence } from "@/lib/disclosure/find-quasi-identifiers";
import styles from "./disclosure.module.css";

const AROUND = 40;

/** Where a finding occurs: a few words either side, the finding marked. */
export function FindingContext({ text, occurrence, language }: { text: string; occurrence: Occurrence; language: string }) {
  const from = Math.max(0, occurrence.start - AROUND);
  const to = Math.min(text.length, occurrence.end + AROUND);
  return (
    <span className={styles.context} lang={language} dir="auto">
      {from > 0 ? "…" : ""}
      {text.slice(from, occurrence.start)}
      <mark>{text.slice(occurrence.start, occurrence.end)}</mark>
      {text.slice(occurrence.end, to)}
      {to < text.length ? "…" : ""}
    </span>
  );
}
