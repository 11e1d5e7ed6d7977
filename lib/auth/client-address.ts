// The address a sign-in comes from. Proxies append the address they received from to
// x-forwarded-for, so the LAST entry is the one the nearest proxy saw; earlier entries are
// whatever the client chose to send. Good enough to slow guessing from one place, never an
// identity (the per-email limit does not rely on it).
export const UNKNOWN_ADDRESS = "unknown";

export function clientAddressFrom(headers: Record<string, unknown> | undefined): string {
  const header = headers?.["x-forwarded-for"];
  const value = Array.isArray(header) ? header.join(",") : header;
  if (typeof value !== "string") return UNKNOWN_ADDRESS;
  const last = value.split(",").pop()?.trim() ?? "";
  return last && last.length <= 100 ? last : UNKNOWN_ADDRESS;
}
