// Turns a delivered file, or the reason there is none, into an HTTP response.
import "server-only";
import { isDomainError, NotFound } from "@/lib/errors";
import type { RenderLocale } from "@/lib/i18n/locales";
import { DownloadRefused, type DeliveredFile } from "./deliver-item";
import { partnerMessage } from "./partner-messages";

export function fileResponse(file: DeliveredFile, extraHeaders: Record<string, string> = {}): Response {
  const whole = Buffer.isBuffer(file.body) ? new Uint8Array(file.body) : null;
  return new Response(whole ?? (file.body as ReadableStream<Uint8Array>), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": file.disposition,
      ...(whole ? { "Content-Length": String(whole.byteLength) } : {}),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Countervoice-Reference": file.reference,
      ...extraHeaders,
    },
  });
}

/**
 * Downloads are GET links with a side effect (a recorded download in the partner's name).
 * A link on another site must not create one: browsers say where a request came from.
 */
export function crossSiteResponse(request: Request, locale: RenderLocale = "en"): Response | null {
  const site = request.headers.get("sec-fetch-site");
  if (site !== "cross-site" && site !== "same-site") return null;
  return new Response(partnerMessage("Open downloads from the Countervoice portal.", locale), { status: 403, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

/** Refusals carry their reason (written for the partner, in `locale`); not-found and anything else say nothing more. */
export function refusalResponse(error: unknown, locale: RenderLocale = "en"): Response {
  const headers = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };
  if (error instanceof DownloadRefused) return new Response(partnerMessage(error.message, locale), { status: 403, headers });
  if (error instanceof NotFound || isDomainError(error)) return new Response(partnerMessage("Not found.", locale), { status: 404, headers });
  throw error;
}
