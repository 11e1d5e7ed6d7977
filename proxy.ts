// Runs before every request but the static build files: gives each response its security
// headers (a fresh CSP nonce per page, HSTS over https), refuses state-changing requests
// from other origins, and server actions larger than their page's forms need. Authorisation is not decided here: every page, action and handler
// checks it itself (lib/auth).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import {
  isApiPath,
  isHttpsRequest,
  NON_DOCUMENT_CONTENT_SECURITY_POLICY,
  pageContentSecurityPolicy,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/http/security-headers";
import { isExemptFromOriginCheck, isSameOrigin, isStateChanging } from "@/lib/http/same-origin";
import { actionBodyLimit, actionBodyTooLarge, describeLimit } from "@/lib/http/action-body-limits";

function crossOriginRefusal(): NextResponse {
  return new NextResponse("This request did not come from a Countervoice page.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function tooLargeRefusal(pathname: string): NextResponse {
  return new NextResponse(`This form sends at most ${describeLimit(actionBodyLimit(pathname))}.`, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = isHttpsRequest(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host");

  const refused = isStateChanging(request.method) && !isExemptFromOriginCheck(pathname) && !isSameOrigin({ origin: request.headers.get("origin"), host, publicUrl: env().NEXTAUTH_URL });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = isApiPath(pathname) || refused ? NON_DOCUMENT_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy({ nonce, https, development: env().NODE_ENV === "development" });

  let response: NextResponse;
  if (refused) {
    response = crossOriginRefusal();
  } else if (actionBodyTooLarge(request, pathname)) {
    response = tooLargeRefusal(pathname);
  } else {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Static build files carry the fixed headers of next.config.ts; nothing there is a page.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
