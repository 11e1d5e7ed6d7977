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

/**
 * The network an address belongs to, never the address itself: the /24 of an IPv4 address,
 * the /48 of an IPv6 one. Enough for an owner to tell "my office" from "somewhere else",
 * and all that is ever stored about where a failed sign-in came from.
 */
export function truncatedAddress(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.x`;
  if (/^[0-9a-f:]+$/i.test(address) && address.includes(":")) {
    const [head = "", tail = ""] = address.split("::");
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    const groups = address.includes("::") ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
    if (groups.length === 8) return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}:…`;
  }
  return "an unknown address";
}
