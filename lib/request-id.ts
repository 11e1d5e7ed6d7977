import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/** The request id a proxy set, or a fresh one; it ties log lines to audit events. */
export async function requestId(): Promise<string> {
  try {
    const h = await headers();
    const given = h.get("x-request-id");
    if (given && /^[A-Za-z0-9._-]{8,128}$/.test(given)) return given;
  } catch {
    // Outside a request (scripts): fall through to a fresh id.
  }
  return randomUUID();
}
