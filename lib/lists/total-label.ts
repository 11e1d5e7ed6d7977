// How a list total reads: exact, estimated ("about 120,000") or capped ("99+").
import type { Total } from "./estimated-total";

/** "12", or "about 120,000" (two significant figures: an estimate should not look exact). */
export function totalLabel(total: Total): string {
  if (total.exact) return total.count.toLocaleString("en-GB");
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(total.count)) - 1);
  return `about ${(Math.round(total.count / magnitude) * magnitude).toLocaleString("en-GB")}`;
}

/** For dashboard panels: an exact count up to a limit, then "99+". */
export function boundedLabel(count: number, limit: number): string {
  return count > limit ? `${limit}+` : String(count);
}
