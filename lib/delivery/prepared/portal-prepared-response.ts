// The portal's answer for a prepared download: the file, or the reason there is none, or
// (still in the works) the job's progress page, where it can be downloaded once ready.
import "server-only";
import type { RenderLocale } from "@/lib/i18n/locales";
import { partnerMessage } from "../partner-messages";
import { fileResponse } from "../respond";
import type { PreparedOutcome } from "./fetch-prepared-download";

const TEXT = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

export function portalPreparedResponse(outcome: PreparedOutcome, jobId: string, requestUrl: string, locale: RenderLocale = "en"): Response {
  switch (outcome.state) {
    case "ready":
      return fileResponse(outcome.file, outcome.file.itemCount !== null ? { "X-Countervoice-Items": String(outcome.file.itemCount) } : {});
    case "pending":
      return Response.redirect(new URL(`/jobs/${encodeURIComponent(jobId)}`, requestUrl), 303);
    case "refused":
      return new Response(partnerMessage(outcome.message, locale), { status: 403, headers: TEXT });
    case "not-found":
      return new Response(partnerMessage("Not found.", locale), { status: 404, headers: TEXT });
    case "gone":
      return new Response(partnerMessage("This file was already downloaded, or it expired: ask for it again.", locale), { status: 410, headers: TEXT });
    case "failed":
      return new Response(partnerMessage("The file could not be prepared. Try again later; an administrator has been shown the failure.", locale), { status: 500, headers: TEXT });
  }
}
