// Why an organisation is asked to take an item down. The words are what a partner reads:
// never why consent went, never what the guard found.
export const TAKEDOWN_REASONS = ["WITHDRAWN", "RETIRED", "SUSPENDED"] as const;
export type TakedownReason = (typeof TAKEDOWN_REASONS)[number];

export const TAKEDOWN_REASON_TEXT: Record<TakedownReason, string> = {
  WITHDRAWN: "withdrawn: it may no longer be used",
  RETIRED: "retired by the editors",
  SUSPENDED: "suspended while the editors check it",
};

/** "2026-12-03 14:00 UTC": what a deadline looks like in every notice. */
export function utcMinute(date: Date): string {
  return `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;
}
