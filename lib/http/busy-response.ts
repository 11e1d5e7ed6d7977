// What a request gets when the server is too busy to serve it now: 503 with Retry-After and
// a fixed sentence. Nothing about the cause (no SQL, no error text) reaches the client.
import "server-only";
import { log } from "@/lib/log";
import { BUSY_MESSAGE, overloadReason, RequestAbandoned, RETRY_AFTER_SECONDS } from "@/lib/db/overload/overload-errors";

export function busyResponse(format: "json" | "text"): Response {
  const headers = { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) };
  if (format === "json") return Response.json({ error: BUSY_MESSAGE }, { status: 503, headers });
  return new Response(BUSY_MESSAGE, { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

// nginx's "client closed request": nobody reads it, but the log and metrics tell it from a failure.
const CLIENT_CLOSED_REQUEST = 499;

/** The answer for an overload or an abandoned request, or null for any other error. */
export function overloadResponse(error: unknown, format: "json" | "text", route: string): Response | null {
  if (error instanceof RequestAbandoned) {
    log("info", "request.abandoned", { route });
    return new Response(null, { status: CLIENT_CLOSED_REQUEST, headers: { "Cache-Control": "no-store" } });
  }
  const reason = overloadReason(error);
  if (!reason) return null;
  log("warn", "request.busy", { route, reason });
  return busyResponse(format);
}
