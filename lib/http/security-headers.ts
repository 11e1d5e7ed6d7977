// The security headers of every response, as pure functions of the request: the proxy
// (proxy.ts) sets the per-request ones (CSP with its nonce, HSTS), next.config.ts the fixed
// ones, which also reach the static files the proxy does not run for.

/** Browser features the app never uses are switched off for it and for anything it embeds. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "idle-detection=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  // The API token screen copies the new token to the clipboard.
  "clipboard-write=(self)",
].join(", ");

export const FIXED_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** Two years, the preload list's minimum; no `preload`, which only an operator can decide. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

type PolicyOptions = { nonce: string; https: boolean; development: boolean };

/**
 * Pages: scripts run only with this response's nonce ('strict-dynamic' lets those scripts
 * load Next.js' chunks). Styles allow 'unsafe-inline' because React renders style
 * attributes (a nonce cannot cover an attribute, and naming one would disable
 * 'unsafe-inline'); a style cannot run code. Development needs eval for React's
 * error overlay.
 */
export function pageContentSecurityPolicy({ nonce, https, development }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over https: a plain-http demo on localhost must not be told to upgrade.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** JSON, files and the like: nothing in them may load or run anything, or be framed. */
export const NON_DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** The partner API and other handlers under /api answer with data, never a page. */
export const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

/**
 * Served over https: directly, or behind the one proxy the README asks for, which says so in
 * X-Forwarded-Proto (its first value is the client's side). A client that fakes the header
 * over plain http gains nothing: browsers ignore HSTS received over http.
 */
export function isHttpsRequest(url: URL, forwardedProto: string | null): boolean {
  if (url.protocol === "https:") return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
