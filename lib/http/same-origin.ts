// Cross-site request forgery guard for state-changing requests: a browser always says which
// origin a POST comes from (Origin), and a page elsewhere cannot forge that header.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const isStateChanging = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

/**
 * The partner API authenticates with a bearer token that a browser never attaches on its
 * own, and ignores cookies; a page elsewhere therefore cannot act in a partner's name
 * through it, so it is exempt (its callers are servers, which send no Origin).
 */
export const isExemptFromOriginCheck = (pathname: string) => pathname.startsWith("/api/v1/");

type Request = { origin: string | null; host: string | null; publicUrl: string | undefined };

/**
 * Same origin: the Origin is the configured public address (NEXTAUTH_URL), or its host is the
 * host the request was sent to (a browser sets Host, and a page elsewhere cannot change it).
 * A missing or opaque ("null") Origin is refused: every browser sends one on POST, and a
 * request without one is not from a page of this app.
 */
export function isSameOrigin({ origin, host, publicUrl }: Request): boolean {
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (publicUrl && new URL(publicUrl).origin === parsed.origin) return true;
  return host !== null && host.toLowerCase() === parsed.host.toLowerCase();
}
