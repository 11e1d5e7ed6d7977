// JSON answers of the partner API: validated against their schema, never cached, and
// errors always `{"error": "…"}` with a message that reveals nothing about other organisations.
import "server-only";
import type { z } from "zod";
import { isDomainError, NotFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { DownloadRefused } from "@/lib/delivery/deliver-item";
import { overloadResponse } from "@/lib/http/busy-response";

const NO_STORE = { "Cache-Control": "no-store" };

export const NOT_FOUND_MESSAGE = "Not found.";

export function apiJson<S extends z.ZodType>(schema: S, body: z.input<S>, headers: Record<string, string> = {}): Response {
  return Response.json(schema.parse(body), { headers: { ...NO_STORE, ...headers } });
}

export function apiError(status: 400 | 401 | 403 | 404 | 429 | 500, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { ...NO_STORE, ...headers } });
}

export function unauthorized(): Response {
  return apiError(401, "Send a valid API token: Authorization: Bearer cvp_…", { "WWW-Authenticate": 'Bearer realm="countervoice"' });
}

export function notFound(): Response {
  return apiError(404, NOT_FOUND_MESSAGE);
}

/**
 * What a failure becomes: overload is a 503 with Retry-After (never a 500), a refusal keeps its reason (written for the partner), unknown and
 * unshared items look alike, and anything unexpected is logged and answered with a reference.
 */
export function errorResponse(error: unknown, requestId: string): Response {
  const busy = overloadResponse(error, "json", "partner-api");
  if (busy) return busy;
  if (error instanceof DownloadRefused) return apiError(403, error.message);
  if (error instanceof NotFound) return notFound();
  if (isDomainError(error)) return notFound();
  log("error", "partner-api.failed", { requestId, error: error instanceof Error ? error.name : "unknown" });
  return apiError(500, `Something went wrong. Reference: ${requestId}`);
}
