// Whether a request came from the machine the server runs on. The embedded demo's public
// password and API token are accepted only from there (lib/auth/authenticate.ts,
// lib/partner-api/authenticate-partner-token.ts).
//
// Every address in x-forwarded-for must be a loopback address: the server itself adds the
// connection's peer address when the header is absent (Next.js) or appends it (the
// launcher's front listener when HOST exposes the demo, scripts/support/forwarding-listener.ts),
// and a proxy on this machine appends the address of whoever it forwards. A client can add
// entries but never remove the one its own connection adds, so it cannot pass as local.
import { isIP } from "node:net";

export function isLoopbackAddress(address: string): boolean {
  const plain = address.trim().replace(/^\[(.*)\]$/, "$1");
  if (plain === "::1") return true;
  const v4 = plain.startsWith("::ffff:") ? plain.slice("::ffff:".length) : plain;
  return isIP(v4) === 4 && v4.startsWith("127.");
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

function forwardedFor(headers: HeaderSource): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : null;
}

/** True only when the request carries a forwarding chain and every hop in it is this machine. */
export function cameFromLoopback(headers: HeaderSource): boolean {
  const chain = forwardedFor(headers);
  if (!chain) return false; // no chain: nobody vouched for the address, so it is not local
  const hops = chain.split(",");
  return hops.length <= 32 && hops.every(isLoopbackAddress);
}
