// The address a sign-in comes from, as the nearest proxy (or Next.js itself) reports it.
// The first x-forwarded-for entry is what the client claims to be: good enough to slow
// guessing from one place, never an identity (the per-email limit does not rely on it).
export const UNKNOWN_ADDRESS = "unknown";

export function clientAddressFrom(headers: Record<string, unknown> | undefined): string {
  const header = headers?.["x-forwarded-for"];
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== "string") return UNKNOWN_ADDRESS;
  const first = value.split(",")[0]?.trim() ?? "";
  return first && first.length <= 100 ? first : UNKNOWN_ADDRESS;
}
