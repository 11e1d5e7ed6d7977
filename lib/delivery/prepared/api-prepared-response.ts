// The partner API's answer for a prepared download: the file; 202 with where to poll while it
// is being made (the API's contract for slow renders, see lib/partner-api/openapi.ts); or the
// API's usual errors.
import "server-only";
import { fileResponse } from "../respond";
import type { PreparedOutcome } from "./fetch-prepared-download";

const NO_STORE = { "Cache-Control": "no-store" };

/** Where an API client polls for a prepared download. */
export const apiDownloadUrl = (jobId: string) => `/api/v1/downloads/${encodeURIComponent(jobId)}`;

export function apiPreparedResponse(outcome: PreparedOutcome, jobId: string, requestId: string): Response {
  switch (outcome.state) {
    case "ready":
      return fileResponse(outcome.file);
    case "pending": {
      const location = apiDownloadUrl(jobId);
      return Response.json({ status: "pending", progress: outcome.progress, location }, { status: 202, headers: { ...NO_STORE, Location: location, "Retry-After": "2" } });
    }
    case "refused":
      return Response.json({ error: outcome.message }, { status: 403, headers: NO_STORE });
    case "not-found":
      return Response.json({ error: "Not found." }, { status: 404, headers: NO_STORE });
    case "gone":
      return Response.json({ error: "This file was already downloaded, or it expired: ask for it again." }, { status: 410, headers: NO_STORE });
    case "failed":
      return Response.json({ error: `The file could not be prepared. Reference: ${requestId}` }, { status: 500, headers: NO_STORE });
  }
}
